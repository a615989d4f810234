def red():
    pass


def blue():
    pass


x, y = red, blue
x, y = y, x
x()
