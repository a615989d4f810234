from functools import partial


class Scaler:
    def __init__(self, base):
        self.base = base

    def scale(self, value, factor=1):
        return clamp(value * factor + self.base)

    def scale_all(self, values):
        return list(map(partial(self.scale, factor=2), values))


def clamp(value):
    return min(value, 100)


Scaler(1).scale_all([1, 2])
