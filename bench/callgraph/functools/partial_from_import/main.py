from functools import partial


def scale(factor, x):
    return factor * x


def run():
    double = partial(scale, 2)
    return double(4)


run()
