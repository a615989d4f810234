from .pricing import line_total


class Cart:
    def __init__(self):
        self.lines = []

    def add(self, sku, qty, unit):
        self.lines.append((sku, qty, unit))
        return self

    def total(self):
        return sum(line_total(q, u) for _, q, u in self.lines)
