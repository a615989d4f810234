from dataclasses import dataclass, field


class FlatPricing:
    def total(self, items):
        return sum(price for _, price in items)


class Inventory:
    def __init__(self):
        self.stock = {}

    def reserve(self, name):
        self.stock[name] = self.stock.get(name, 0) + 1


@dataclass
class Cart:
    owner: str
    items: list = field(default_factory=list)
    pricing: FlatPricing = field(default_factory=FlatPricing)
    inventory: Inventory = field(default_factory=Inventory)

    def add(self, name, price):
        self.inventory.reserve(name)
        self.items.append((name, price))
        return self

    def checkout(self):
        return self.pricing.total(self.items)


cart = Cart("ann")
cart.add("pen", 2).add("ink", 3)
cart.checkout()
