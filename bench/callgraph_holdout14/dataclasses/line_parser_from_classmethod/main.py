from dataclasses import dataclass, field


def parse_amount(text):
    return round(float(text.replace(",", "")), 2)


def normalize_sku(text):
    return text.strip().upper()


@dataclass
class LineItem:
    sku: str
    quantity: int
    unit_price: float
    tags: list = field(default_factory=list)

    def __post_init__(self):
        self.sku = normalize_sku(self.sku)

    @classmethod
    def from_line(cls, line):
        sku, qty, price, *tags = line.split(";")
        return cls(sku, int(qty), parse_amount(price), tags)

    def total(self):
        return self.quantity * self.unit_price


@dataclass
class Order:
    number: str
    items: list = field(default_factory=list)

    def add(self, line):
        self.items.append(LineItem.from_line(line))
        return self

    def total(self):
        return sum(item.total() for item in self.items)

    def tagged(self, tag):
        return [item.sku for item in self.items if tag in item.tags]


order = Order("A-1").add("ab-1;2;1,250.00;gift").add(" cd-2 ;1;19.99")
print(order.total(), order.tagged("gift"), order)
