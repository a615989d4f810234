def apply(func):
    return func()


def produce():
    return 42


apply(produce)
