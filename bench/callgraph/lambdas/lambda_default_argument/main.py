def helper():
    return 5


def make():
    return lambda value=helper(): value


make()()
