"""A package resolver: versions sorted with functools.cmp_to_key(compare), constraints
folded with functools.reduce, and partialmethod shortcuts on a Requirement class."""
import functools


def parse(version):
    return tuple(int(p) for p in version.split("."))


def compare(a, b):
    pa, pb = parse(a), parse(b)
    return (pa > pb) - (pa < pb)


class Requirement:
    def __init__(self, name):
        self.name = name
        self.checks = []

    def constrain(self, op, version):
        self.checks.append((op, version))
        return self

    at_least = functools.partialmethod(constrain, ">=")
    below = functools.partialmethod(constrain, "<")

    def allows(self, version):
        return functools.reduce(lambda ok, check: ok and satisfies(version, *check), self.checks, True)


def satisfies(version, op, bound):
    c = compare(version, bound)
    return c >= 0 if op == ">=" else c < 0


def best(req, available):
    ordered = sorted(available, key=functools.cmp_to_key(compare), reverse=True)
    return next(v for v in ordered if req.allows(v))


req = Requirement("requests").at_least("2.10.0").below("3.0")
print(best(req, ["2.9.1", "3.1.0", "2.31.0", "2.10.2"]))
