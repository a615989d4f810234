def left():
    return "l"


def right():
    return "r"


def lefts():
    yield left
    yield left


def rights():
    yield right
    yield right


for a, b in zip(lefts(), rights()):
    a()
    b()
