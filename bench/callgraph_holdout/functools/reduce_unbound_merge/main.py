from functools import reduce


class Part:
    def __init__(self, items):
        self.items = items

    def merge(self, other):
        return Part(self.items + other.items)

    def size(self):
        return len(self.items)


def combine(parts):
    return reduce(Part.merge, parts).size()


combine([Part([1]), Part([2]), Part([3])])
