def zero():
    pass


def one():
    pass


funcs = [zero, one]
funcs[1]()
