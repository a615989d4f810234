# loguru #50 (cause C): the functools.partial objects made in one function, of different
# functions, are not told apart: RotationGroup.__call__ (whose rotations are
# only partial(size_check) or Time objects) also reaches forward_interval [36] (false:
# that partial is only a Time's step), and Time.__call__ reaches size_check [25]
# (false: a Time's step is never the size partial).
from functools import partial


def size_check(message, file, limit):
    return len(message) > limit


def forward_interval(t, interval):
    return t + interval


class Time:
    def __init__(self, step):
        self.step = step
        self.limit = 0

    def __call__(self, message, file):
        if self.limit > 10:
            return True
        self.limit = self.step(self.limit)
        return False


class Group:
    def __init__(self, rotations):
        self.rotations = rotations

    def __call__(self, message, file):
        hit = False
        for rotation in self.rotations:
            if rotation(message, file):
                hit = True
        return hit


def make(rotation):
    if isinstance(rotation, list):
        return Group([make(r) for r in rotation])
    if isinstance(rotation, int):
        return partial(size_check, limit=rotation)
    if isinstance(rotation, float):
        return Time(partial(forward_interval, interval=rotation))
    raise TypeError(rotation)


def main():
    g = make([5, 3.0])
    return [g("a message", None) for _ in range(6)]
