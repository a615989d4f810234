class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        return Money(self.cents + other.cents)


def total(prices):
    result = Money(0)
    for price in prices:
        result += price
    return result


total([Money(1), Money(2)])
