from functools import total_ordering


def parse(text):
    return tuple(int(part) for part in text.split("."))


@total_ordering
class Version:
    def __init__(self, text):
        self.parts = parse(text)

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts


def newest(versions):
    return max(versions)


a = Version("1.2")
b = Version("1.10")
ok = a <= b
newest([a, b])
