from datetime import date
from functools import singledispatchmethod


class Money:
    def __init__(self, cents):
        self.cents = cents


class Serializer:
    def __init__(self):
        self.depth = 0

    @singledispatchmethod
    def dump(self, obj):
        raise TypeError(type(obj).__name__)

    @dump.register
    def _(self, obj: int):
        return str(obj)

    @dump.register
    def _(self, obj: list):
        self.depth += 1
        parts = []
        for x in obj:
            parts.append(self.dump(x))
        return "[" + ",".join(parts) + "]"

    @dump.register(date)
    def _(self, obj):
        return obj.isoformat()

    @dump.register
    def _(self, obj: Money):
        return self.dump(obj.cents) + "c"

    @dump.register
    def _(self, obj: dict):
        return "{" + ",".join(f"{k}:{self.dump(v)}" for k, v in obj.items()) + "}"


s = Serializer()
print(s.dump([1, [2, Money(5)], date(2024, 1, 2)]), s.depth)
