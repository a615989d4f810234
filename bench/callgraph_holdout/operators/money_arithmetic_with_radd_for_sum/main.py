class Money:
    def __init__(self, amount, currency="EUR"):
        self.amount = amount
        self.currency = currency

    def __add__(self, other):
        return Money(self.amount + other.amount, self.currency)

    def __radd__(self, other):
        return self.__add__(Money(other, self.currency))

    def __mul__(self, k):
        return Money(self.amount * k, self.currency)

    def __eq__(self, other):
        return (self.amount, self.currency) == (other.amount, other.currency)

    __hash__ = None

    def __bool__(self):
        return self.amount != 0


total = sum([Money(1), Money(2)])
doubled = total * 2
if doubled and doubled == Money(6):
    pass
