# simpy #2 #14 #17 #22 #30 #31 #54 #57 (cause A): a method written only under
# `if TYPE_CHECKING:` (a typing stub; the `else:` binds the name to a descriptor) is
# never defined at run time, yet the calls in its body get edges: Env.event -> Event.__init__
# [35] and Env.timeout -> Timeout.__init__ [38] (false: those lines never run; the
# real call goes through Bound.__get__ from `env.event()` in main).
from types import MethodType
from typing import TYPE_CHECKING


class Bound:
    def __init__(self, cls):
        self.cls = cls

    def __get__(self, instance, owner=None):
        if instance is None:
            return self.cls
        return MethodType(self.cls, instance)


class Event:
    def __init__(self, env):
        self.env = env


class Timeout(Event):
    def __init__(self, env, delay):
        super().__init__(env)
        self.delay = delay


class Env:
    if TYPE_CHECKING:

        def event(self) -> Event:
            return Event(self)

        def timeout(self, delay) -> Timeout:
            return Timeout(self, delay)

    else:
        event = Bound(Event)
        timeout = Bound(Timeout)


def main():
    env = Env()
    return type(env.event()).__name__, type(env.timeout(2)).__name__, "event" in vars(Env)
