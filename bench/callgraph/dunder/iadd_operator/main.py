class Counter:
    def __init__(self):
        self.n = 0

    def __iadd__(self, other):
        self.n += other
        return self


def bump():
    c = Counter()
    c += 1
    return c


bump()
