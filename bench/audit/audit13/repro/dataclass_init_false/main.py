"""h11 #43 (DATACLASS-INIT-FALSE): constructing a @dataclass(init=False) class draws an edge
to its __post_init__ from the construction site, though only the generated __init__ calls it
and init=False generates none.  BUG (README: "a class that writes its own __init__, or says
init=False, keeps its own")."""
from dataclasses import dataclass


@dataclass(init=False, frozen=True)
class Base:
    code: int

    def __init__(self, *, code):
        object.__setattr__(self, "code", code)
        self.__post_init__()          # the only call of __post_init__

    def __post_init__(self):
        pass


@dataclass(init=False, frozen=True)
class Resp(Base):
    def __post_init__(self):
        if self.code < 200:
            raise ValueError(self.code)


@dataclass(init=False)
class Own:
    x: int

    def __init__(self, x):
        self.x = x                    # never calls __post_init__

    def __post_init__(self):
        print("never runs")


def make():
    Resp(code=200)    # runs Base.__init__ only; Resp.__post_init__ is called by Base.__init__, not here
    Own(1)            # runs Own.__init__ only; Own.__post_init__ never runs


make()
