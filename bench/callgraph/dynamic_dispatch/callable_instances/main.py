class Doubler:
    def __call__(self, x):
        return 2 * x


class Halver:
    def __call__(self, x):
        return x / 2


def apply_all(x):
    for op in (Doubler(), Halver()):
        x = op(x)
    return x


apply_all(4)
