"""A money library's Currency enum: tuple values unpacked into a member __init__,
_missing_ to accept lower-case codes, a property and a formatting method."""
from enum import Enum


class Currency(Enum):
    USD = ("USD", "$", 2)
    EUR = ("EUR", "\u20ac", 2)
    JPY = ("JPY", "\u00a5", 0)

    def __init__(self, code, symbol, digits):
        self.code = code
        self.symbol = symbol
        self.digits = digits

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for member in cls:
                if member.code == value.upper():
                    return member
        return None

    @property
    def quantum(self):
        return 10 ** -self.digits

    def format(self, amount):
        return f"{self.symbol}{round_to(amount, self.quantum):.{self.digits}f}"


def round_to(amount, quantum):
    return round(amount / quantum) * quantum


def price_tag(amount, code):
    return Currency(code).format(amount)


print(price_tag(12.345, "usd"), price_tag(1234.5, "JPY"))
print(Currency(("EUR", "\u20ac", 2)).format(3))
