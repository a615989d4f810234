import dataclasses


def line_total(self):
    return round(self.qty * self.price * (1 - self.discount), 2)


def line_label(self):
    return f"{self.qty} x {self.sku}"


def check_line(self):
    if self.qty <= 0:
        raise ValueError(self.sku)
    self.sku = normalize_sku(self.sku)


def normalize_sku(sku):
    return sku.upper().replace(" ", "-")


Line = dataclasses.make_dataclass(
    "Line",
    [("sku", str), ("qty", int), ("price", float), ("discount", float, dataclasses.field(default=0.0))],
    namespace={"total": line_total, "label": line_label, "__post_init__": check_line},
)


class Invoice:
    def __init__(self, rows):
        self.lines = [Line(*row) for row in rows]

    def total(self):
        return sum(line.total() for line in self.lines)

    def render(self):
        return [f"{line.label()}: {line.total()}" for line in self.lines]


inv = Invoice([("ab 1", 2, 3.5), ("cd 2", 1, 10.0, 0.1)])
print(inv.render(), inv.total())
