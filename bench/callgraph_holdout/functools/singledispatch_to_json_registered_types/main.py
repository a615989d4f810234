from datetime import date
from functools import singledispatch


def iso(d):
    return d.isoformat()


class Money:
    def __init__(self, cents):
        self.cents = cents

    def as_str(self):
        return f"{self.cents / 100:.2f}"


@singledispatch
def to_json(value):
    return str(value)


@to_json.register
def _(value: list):
    return "[" + ",".join(to_json(v) for v in value) + "]"


@to_json.register(Money)
def _money(value):
    return '"' + value.as_str() + '"'


@to_json.register(date)
def _date(value):
    return iso(value)


to_json([Money(150), date(2024, 1, 2), 3])
