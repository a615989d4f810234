class Multiplier:
    def __init__(self, factor):
        self.factor = factor

    def __call__(self, x):
        return x * self.factor


def triple(x):
    return Multiplier(3)(x)


triple(2)
