class Invoice:
    def __init__(self, amount):
        self.amount = amount

    def total(self, rate):
        return self.amount * (1 + rate)
