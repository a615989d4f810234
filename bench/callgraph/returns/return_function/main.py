def inner():
    pass


def get():
    return inner


get()()
