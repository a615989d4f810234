from dataclasses import dataclass, field


@dataclass
class LineItem:
    sku: str
    qty: int
    unit_price: float

    @classmethod
    def from_dict(cls, data):
        return cls(data["sku"], int(data["qty"]), float(data["price"]))

    @property
    def total(self):
        return round(self.qty * self.unit_price, 2)


@dataclass
class Customer:
    name: str
    email: str

    def __post_init__(self):
        self.email = normalize_email(self.email)


@dataclass
class Order:
    id: int
    customer: Customer
    items: list = field(default_factory=list)

    @classmethod
    def from_dict(cls, data):
        customer = Customer(**data["customer"])
        return cls(data["id"], customer, [LineItem.from_dict(i) for i in data["items"]])

    @property
    def total(self):
        return sum(item.total for item in self.items)

    def add(self, item):
        self.items.append(item)


def normalize_email(email):
    return email.strip().lower()


if __name__ == "__main__":
    payload = {"id": 1, "customer": {"name": "Ada", "email": " ADA@X.ORG"},
               "items": [{"sku": "pen", "qty": "2", "price": "1.5"}]}
    order = Order.from_dict(payload)
    order.add(LineItem("ink", 1, 4.0))
    print(order.customer.email, order.total)
