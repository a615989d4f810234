import functools


@functools.total_ordering
class Version:
    def __init__(self, text):
        self.parts = parse_parts(text)

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


@functools.lru_cache(maxsize=None)
def parse_parts(text):
    return tuple(int(p) for p in text.split("."))


@functools.lru_cache(maxsize=32)
def resolve(spec, available):
    low = Version(spec)
    candidates = [v for v in map(Version, available) if v >= low]
    return max(candidates) if candidates else None


names = ("1.2.0", "1.10.1", "2.0.0")
print(resolve("1.5.0", names), resolve("1.5.0", names), Version("1.2.0") <= Version("1.2"))
