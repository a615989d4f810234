import functools


def timed(func):
    @functools.wraps(func)
    def inner(*args, **kwargs):
        return func(*args, **kwargs)

    return inner


@timed
def compute(x):
    return x + 1


compute(1)
