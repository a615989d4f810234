class Ok:
    def __init__(self, value):
        self.value = value

    def map(self, fn):
        return Ok(fn(self.value))

    def and_then(self, fn):
        return fn(self.value)

    def unwrap_or_else(self, fallback):
        return self.value


class Err:
    def __init__(self, error):
        self.error = error

    def map(self, fn):
        return self

    def and_then(self, fn):
        return self

    def unwrap_or_else(self, fallback):
        return fallback(self.error)


def parse_age(text):
    return Ok(int(text)) if text.strip().isdigit() else Err(f"not a number: {text!r}")


def check_range(age):
    return Ok(age) if 0 <= age <= 150 else Err(f"out of range: {age}")


def describe(age):
    return f"{age} years"


def report(error):
    return f"invalid ({error})"


def handle(text):
    return parse_age(text).and_then(check_range).map(describe).unwrap_or_else(report)


def main():
    for text in ["42", "abc", "200"]:
        print(handle(text))


main()
