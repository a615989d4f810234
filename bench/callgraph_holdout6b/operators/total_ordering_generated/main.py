from functools import total_ordering


def parse(version):
    return tuple(int(part) for part in version.split("."))


@total_ordering
class Version:
    def __init__(self, text):
        self.text = text
        self.key = parse(text)

    def __eq__(self, other):
        return self.key == other.key

    def __lt__(self, other):
        return self.key < other.key

    def __repr__(self):
        return f"Version({self.text!r})"


class Tag:
    def __init__(self, name):
        self.name = name

    def __le__(self, other):
        return self.name <= other.name


a, b = Version("1.10"), Version("1.9")
print(a > b, a <= b, a >= Version("1.10"), max([a, b]))
print(Tag("x") <= Tag("y"))
