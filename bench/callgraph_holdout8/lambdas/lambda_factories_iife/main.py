from collections import defaultdict


class Bucket:
    def __init__(self):
        self.items = []

    def add(self, x):
        self.items.append(x)


def add(a, b):
    return a + b


def scale(x, k):
    return x * k


class Stats:
    def __init__(self):
        self.buckets = defaultdict(lambda: Bucket())

    def record(self, key, value):
        self.buckets[key].add(value)


adder = lambda a: lambda b: add(a, b)
plus_two = adder(2)
doubled = (lambda x: scale(x, 2))(plus_two(3))


def pipeline(values):
    steps = [lambda v: scale(v, 10), plus_two]
    out = []
    for v in values:
        for step in steps:
            v = step(v)
        out.append(v)
    return out


stats = Stats()
stats.record("a", doubled)
stats.record("a", 1)
print(pipeline([1, 2]), stats.buckets["a"].items)
