def left():
    pass


def right():
    pass


def pick(flag):
    (left if flag else right)()


pick(True)
pick(False)
