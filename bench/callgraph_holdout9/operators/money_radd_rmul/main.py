"""An invoice: sum() starts from 0 so the first addition is 0 + Money, reaching
Money.__radd__; `quantity * price` has the int on the left, reaching __rmul__ (which
does its own arithmetic); `+=` has no __iadd__ and falls back to __add__."""


class Money:
    def __init__(self, cents, currency="EUR"):
        self.cents = cents
        self.currency = currency

    def __add__(self, other):
        if isinstance(other, Money):
            check_same(self, other)
            return Money(self.cents + other.cents, self.currency)
        return NotImplemented

    def __radd__(self, other):
        if other == 0:
            return self
        return self.__add__(other)

    def __mul__(self, factor):
        return Money(scale(self.cents, factor), self.currency)

    def __rmul__(self, factor):
        return Money(self.cents * int(factor), self.currency)

    def __sub__(self, other):
        return Money(self.cents - other.cents, self.currency)

    def __str__(self):
        return f"{self.cents / 100:.2f} {self.currency}"


def scale(cents, factor):
    return round(cents * factor)


def check_same(a, b):
    if a.currency != b.currency:
        raise ValueError("currency mismatch")


def invoice(lines, shipping):
    subtotal = sum(qty * price for qty, price in lines)
    total = subtotal
    total += shipping
    return f"{subtotal} + shipping = {total}"


print(invoice([(2, Money(1250)), (1, Money(399))], Money(500)))
