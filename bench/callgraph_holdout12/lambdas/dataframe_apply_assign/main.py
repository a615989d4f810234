class Frame:
    def __init__(self, rows):
        self.rows = [dict(r) for r in rows]

    def apply(self, func):
        return [func(row) for row in self.rows]

    def assign(self, **columns):
        rows = [dict(r) for r in self.rows]
        for name, make in columns.items():
            for row, value in zip(rows, make(Frame(rows))):
                row[name] = value
        return Frame(rows)

    def where(self, predicate):
        return Frame(r for r in self.rows if predicate(r))

    def column(self, name):
        return [r[name] for r in self.rows]


def vat(amount):
    return round(amount * 0.2, 2)


def label(row):
    return f"{row['sku']}:{row['qty']}"


def main():
    frame = Frame([{"sku": "pen", "qty": 3, "price": 1.5}, {"sku": "ink", "qty": 0, "price": 4.0}])
    priced = frame.assign(
        net=lambda f: [r["qty"] * r["price"] for r in f.rows],
        tax=lambda f: [vat(n) for n in f.apply(lambda r: r["qty"] * r["price"])],
    )
    in_stock = priced.where(lambda r: r["qty"] > 0)
    print(in_stock.apply(label), in_stock.column("tax"))


main()
