class Discount:
    def applies(self, order):
        return True

    def apply(self, total):
        raise NotImplementedError


class Percentage(Discount):
    def __init__(self, percent):
        self.percent = percent

    def apply(self, total):
        return total * (100 - self.percent) / 100


class FixedAmount(Discount):
    def __init__(self, amount):
        self.amount = amount

    def applies(self, order):
        return order["total"] >= self.amount * 2

    def apply(self, total):
        return max(total - self.amount, 0)


class Seasonal(Percentage):
    def applies(self, order):
        return order["month"] == 12


def checkout(order, discounts):
    total = order["total"]
    for discount in discounts:
        if discount.applies(order):
            total = discount.apply(total)
    return round(total, 2)


rules = [Percentage(10), FixedAmount(5)]
print(checkout({"total": 40, "month": 6}, rules), checkout({"total": 8, "month": 6}, rules))
