import registry


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self):
        self.n += 1
        return self.n


COUNTER = Counter()


@registry.command("count")
def count():
    return COUNTER.bump()
