class Order:
    def __init__(self, total):
        self.total = total

    def charge(self):
        from services import billing
        return billing.bill(self)

    def amount(self):
        return self.total
