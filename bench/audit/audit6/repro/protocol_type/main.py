# structlog BoundLoggerLazyProxy.bind: cls: type[P] with P a typing.Protocol; calling
# cls makes an instance of a class that implements P, never of P itself.
# False edges: main.build -> main.P (the protocol class), main.build -> main.P.bind (its stub).
from typing import Protocol


class P(Protocol):
    def bind(self) -> "P": ...


class Impl:
    def __init__(self, name):
        self.name = name

    def bind(self):
        return self


def build(cls: type[P]):
    obj = cls("x")
    return obj.bind()


build(Impl)
