class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        if isinstance(other, Money):
            return self.cents == other.cents
        return NotImplemented

    def __lt__(self, other):
        return self.cents < as_cents(other)

    def __le__(self, other):
        return self.cents <= as_cents(other)

    __hash__ = None


class Budget:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        return isinstance(other, Money) and other.cents == self.cents


def as_cents(value):
    return value.cents if isinstance(value, (Money, Budget)) else int(value * 100)


low, mid, high = Money(100), Money(250), Money(900)
print(low < mid <= high, low <= 1.0, mid > low)
print(Money(250) == Budget(250), mid != Money(250), Money(5) in [low, Money(5)])
