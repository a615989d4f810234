def double(x):
    return x * 2


class Scaler:
    def __init__(self):
        self.apply = lambda x: double(x)

    def scale(self, values):
        return [self.apply(v) for v in values]


Scaler().scale([1, 2])
