import builtins


def format(record):  # shadows the builtin format in this module
    return "[" + record + "]"


class Stats:
    def __init__(self, values):
        self.values = values

    def sum(self):
        return sum(self.values)  # the builtin sum, not Stats.sum

    def __len__(self):
        return len(self.values)

    def __iter__(self):
        return iter(self.values)


def report(stats):
    total = stats.sum()
    count = len(stats)
    return format(str(total / count))


builtins_sum = builtins.sum


def raw(values):
    return builtins_sum(values)


report(Stats([1, 2, 3]))
raw([1])
