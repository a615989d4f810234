def helper(x):
    return x + 1


def apply(func, value):
    return func(value)


def run():
    return apply(lambda v: helper(v), 1)


run()
