def inner():
    yield 1


def outer():
    yield from inner()


def consume():
    return list(outer())


consume()
