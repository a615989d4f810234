from operator import attrgetter


def vat(amount):
    return round(amount * 0.2, 2)


class Line:
    def __init__(self, name, price, qty, weight):
        self.name, self.price, self.qty, self.unit_weight = name, price, qty, weight

    @property
    def net(self):
        return self.price * self.qty


class Order:
    def __init__(self, ref, lines):
        self.ref = ref
        self.lines = lines

    @property
    def total(self):
        net = sum(line.net for line in self.lines)
        return net + vat(net)

    @property
    def weight(self):
        return sum(line.unit_weight * line.qty for line in self.lines)

    @property
    def heavy(self):
        return self.weight > 10


def export(order, fields):
    return {field: getattr(order, field) for field in fields}


def main():
    orders = [
        Order("A1", [Line("desk", 120.0, 1, 25), Line("pen", 1.5, 4, 0.1)]),
        Order("B2", [Line("ink", 9.0, 2, 0.2)]),
    ]
    by_total = sorted(orders, key=attrgetter("total"))
    heaviest = max(orders, key=attrgetter("weight"))
    print([o.ref for o in by_total], heaviest.ref)
    print([export(o, ["ref", "heavy"]) for o in orders])


main()
