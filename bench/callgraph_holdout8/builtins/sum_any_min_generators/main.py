class LineItem:
    def __init__(self, sku, qty, price):
        self.sku = sku
        self.qty = qty
        self.price = price

    def total(self):
        return self.qty * self.price

    def is_free(self):
        return self.price == 0


class Ledger:
    def __init__(self, items):
        self.items = items

    def __iter__(self):
        return iter(self.items)

    def sum(self):
        return sum(i.qty for i in self.items)

    def min(self):
        return min(self.items, key=lambda i: i.price)


def grand_total(ledger):
    return sum(item.total() for item in ledger)


def has_free(ledger):
    return any(item.is_free() for item in ledger)


def first_big(ledger):
    return next((i for i in ledger if i.total() > 10), None)


def cheapest(ledger):
    return min(ledger, key=LineItem.total)


ledger = Ledger([LineItem("a", 2, 3), LineItem("b", 1, 0), LineItem("c", 4, 5)])
print(grand_total(ledger), has_free(ledger), first_big(ledger).sku, cheapest(ledger).sku)
