# tenacity retry_if_exception family: each subclass passes its own bound _check to the
# base __init__; the base's `predicate` parameter (and the attribute) merge them all.
# False edges: B.__call__ -> A._check (and A.__call__ via Base.__call__ is fine).
class Base:
    def __init__(self, predicate):
        self.predicate = predicate

    def __call__(self, x):
        return self.predicate(x)


class A(Base):
    def __init__(self):
        super().__init__(self._check)

    def _check(self, x):
        return x > 0


class B(Base):
    def __init__(self):
        super().__init__(self._check)

    def _check(self, x):
        return x < 0

    def __call__(self, x):
        return not self.predicate(x)


A()(1)
B()(1)
