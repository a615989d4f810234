"""An inventory model using lambdas in a property(), in a parameter default and as a nested sort key."""


def money(cents):
    return f"${cents / 100:.2f}"


def weight_of(item):
    return item.qty * item.unit_weight


class Item:
    def __init__(self, sku, qty, price, unit_weight):
        self.sku, self.qty, self.price, self.unit_weight = sku, qty, price, unit_weight

    label = property(lambda self: f"{self.sku} ({money(self.price)})")


def pick_list(items, key=lambda item: -weight_of(item)):
    def ordered(limit):
        return sorted(items, key=lambda item: (key(item), item.sku))[:limit]
    return [i.label for i in ordered(2)]


def heaviest(items):
    best = max(items, key=lambda item: weight_of(item))
    return best.label


items = [Item("bolt", 100, 5, 2), Item("nut", 300, 2, 1), Item("gear", 3, 900, 150)]
print(pick_list(items))
print(pick_list(items, key=lambda item: item.price))
print(heaviest(items))
