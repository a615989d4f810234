class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        if spec == "short":
            return str(self)
        return self.long_form()

    def __str__(self):
        return f"{self.cents / 100:.2f}"

    def __repr__(self):
        return "Money(%d)" % self.cents

    def long_form(self):
        return str(self.cents) + " cents"


price = Money(250)
line = f"{price:short} / {price} / {price!r}"
