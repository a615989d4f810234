class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        return Money(self.cents + other.cents)

    def __neg__(self):
        return Money(-self.cents)


def balance(entries):
    return -sum(entries, Money(0))


balance([Money(1), Money(2)])
