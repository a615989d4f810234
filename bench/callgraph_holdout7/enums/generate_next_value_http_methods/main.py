from enum import Enum, auto


class Method(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.upper()

    get = auto()
    post = auto()
    delete = auto()

    @property
    def safe(self):
        return self in SAFE

    @classmethod
    def parse(cls, text):
        return cls(text.strip().upper())

    def allows_body(self):
        return not self.safe and self is not Method.delete


SAFE = {Method.get}


def route(verb):
    method = Method.parse(verb)
    return method.value, method.allows_body()


print(route(" post"), route("get"), [m.value for m in Method])
