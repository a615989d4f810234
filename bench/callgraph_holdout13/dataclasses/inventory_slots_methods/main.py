from dataclasses import dataclass, field


def money(cents):
    return f"${cents / 100:.2f}"


@dataclass(slots=True)
class Item:
    sku: str
    price: int
    qty: int = 1

    def subtotal(self):
        return self.price * self.qty

    def label(self):
        return f"{self.sku} x{self.qty} {money(self.subtotal())}"


@dataclass
class Inventory:
    owner: str
    items: list[Item] = field(default_factory=list)

    def add(self, sku, price, qty=1):
        item = Item(sku, price, qty)
        self.items.append(item)
        return item

    def total(self):
        return sum(item.subtotal() for item in self.items)

    def low_stock(self, limit):
        return [item for item in self.items if item.qty < limit]

    def report(self):
        lines = [item.label() for item in self.items]
        lines.append("total " + money(self.total()))
        return "\n".join(lines)


def main():
    inv = Inventory("shop")
    inv.add("pen", 150, 10)
    inv.add("ink", 899)
    print(inv.report())
    print([i.sku for i in inv.low_stock(5)])


main()
