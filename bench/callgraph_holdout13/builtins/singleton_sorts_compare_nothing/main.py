from functools import total_ordering


@total_ordering
class Version:
    def __init__(self, text):
        self.parts = parse(text)

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


class Size:
    def __init__(self, n):
        self.n = n

    def __add__(self, other):
        return Size(self.n + other.n)

    def __radd__(self, other):
        return Size(other + self.n)


def parse(text):
    return tuple(int(p) for p in text.split("."))


def newest(versions):
    return max(versions)


def ordered(versions):
    return sorted(versions)


def total(sizes):
    return sum(sizes, Size(0))


def main():
    print(ordered([Version("1.2"), Version("1.10")]))
    print(newest([Version("2.0")]), ordered([Version("0.1")]))
    print(total([]).n, min([Size(3)]).n)


main()
