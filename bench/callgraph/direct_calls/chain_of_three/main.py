def third():
    return 3


def second():
    return third() + 1


def first():
    return second() * 2


def entry():
    first()


entry()
