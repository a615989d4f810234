# pypika #51 (cause E): Crit._compare returns `self` on one path and a new Complex on
# the other; its `self` is the cone of Crit, Empty included (Empty inherits _compare
# though it overrides __and__ and never calls it), so `c & k` in main, where c is only
# ever a Basic or a Complex, also reaches Empty.__and__ [40] (false).
class Crit:
    def _compare(self, other):
        if isinstance(other, Empty):
            return self
        return Complex(self, other)

    def __and__(self, other):
        return self._compare(other)


class Empty(Crit):
    def __and__(self, other):
        return other


class Basic(Crit):
    pass


class Complex(Crit):
    def __init__(self, left, right):
        self.left, self.right = left, right


def all_of(items):
    crit = Empty()
    for item in items:
        crit &= item
    return crit


def main():
    c = None
    for _ in range(3):
        k = Basic()
        c = k if c is None else c & k
    return type(c).__name__, type(all_of([Basic()])).__name__
