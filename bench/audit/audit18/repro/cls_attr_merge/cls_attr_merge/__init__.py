# bidict #3 #41 #55 (cause A): __init_subclass__ runs a classmethod chain for every
# subclass, which stores `cls._inv_cls = cls._make_inv_cls()`, and `_make_inv_cls`
# returns `cls`: at run time each class's _inv_cls is the class itself.  The flow does
# not follow that store (without the annotation below no edge at all from
# Ordered.values to a keys), so the class-level annotation `_inv_cls: type[Base]`
# (bidict: `_inv_cls: t.ClassVar[type[BidictBase[t.Any, t.Any]]]`) gives every
# class's _inv_cls the whole cone of Base, and `self.inverse()` of an Ordered makes a
# Plain or a Base too: false Ordered.values -> Base.keys [40].
class Base:
    _inv_cls: "type[Base]"

    def __init_subclass__(cls):
        super().__init_subclass__()
        cls._init_class()

    @classmethod
    def _init_class(cls):
        cls._inv_cls = cls._make_inv_cls()

    @classmethod
    def _make_inv_cls(cls):
        return cls

    def inverse(self):
        return self._inv_cls()

    def keys(self):
        return "base"


class Plain(Base):
    pass


class Ordered(Base):
    def keys(self):
        return "ordered"

    def values(self):
        return self.inverse().keys()


def main():
    return Ordered().values(), Plain().inverse().keys()
