# audit14 cause A (traitlets #10 #23 #25): methods defined under `if t.TYPE_CHECKING:` in a class
# body are typing stubs that never exist at run time, but they are drawn as if they overrode the
# inherited method.  Expected edges: Holder -> AnyTrait and Trait.__init__ (the construction),
# Holder.read -> Trait.__get__ and use -> Base.run; none to AnyTrait.__init__/__get__ or Child.run.
import typing as t


class Trait:
    def __init__(self, default=None):
        self.default = default

    def __get__(self, obj, cls):
        return obj.__dict__.get("x")


class AnyTrait(Trait):
    if t.TYPE_CHECKING:
        def __init__(self, default: t.Any = None) -> None: ...

        def __get__(self, obj, cls) -> t.Any: ...


class Holder:
    x = AnyTrait()

    def read(self):
        return self.x              # runs Trait.__get__ (AnyTrait has no __get__ at run time)


class Base:
    def run(self):
        return 1


class Child(Base):
    if t.TYPE_CHECKING:
        def run(self) -> int: ...


def use(c: Child):
    return c.run()                 # runs Base.run
