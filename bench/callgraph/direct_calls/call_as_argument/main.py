def inner_value():
    return 2


def double(x):
    return x * 2


def compute():
    return double(inner_value())


compute()
