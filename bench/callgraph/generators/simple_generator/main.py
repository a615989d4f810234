def numbers():
    yield 1
    yield 2


def total():
    return sum(numbers())


total()
