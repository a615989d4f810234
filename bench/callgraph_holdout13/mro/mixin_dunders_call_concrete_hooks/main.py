class ReprMixin:
    def __repr__(self):
        return f"{type(self).__name__}({self.identity()!r})"


class OrderingMixin:
    def __eq__(self, other):
        return self.sort_key() == other.sort_key()

    def __lt__(self, other):
        return self.sort_key() < other.sort_key()

    def __hash__(self):
        return hash(self.sort_key())


def version_tuple(text):
    return tuple(int(p) for p in text.split("."))


class Package(ReprMixin, OrderingMixin):
    def __init__(self, name, version):
        self.name = name
        self.version = version

    def identity(self):
        return f"{self.name}=={self.version}"

    def sort_key(self):
        return self.name, version_tuple(self.version)


class Pinned(Package):
    def identity(self):
        return super().identity() + " (pinned)"


def resolve(requirements):
    unique = set(requirements)
    return sorted(unique)


def main():
    reqs = [Package("requests", "2.31.0"), Pinned("attrs", "23.1.0"), Package("requests", "2.31.0"), Package("attrs", "22.2.0")]
    print(resolve(reqs))


main()
