from enum import Enum


def normalize_label(text):
    return text.strip().capitalize()


class HttpStatus(Enum):
    OK = 200, " ok "
    NOT_FOUND = 404, "not found"
    TEAPOT = 418, "i'm a teapot"

    def __new__(cls, code, label):
        member = object.__new__(cls)
        member._value_ = code
        member.label = normalize_label(label)
        return member

    def is_error(self):
        return self.value >= 400

    def line(self):
        return f"{self.value} {self.label}"


def lookup(code):
    status = HttpStatus(code)
    return status.line(), status.is_error()


def by_name(name):
    return HttpStatus[name].line()


def main():
    print(lookup(404), lookup(200), by_name("TEAPOT"))


main()
