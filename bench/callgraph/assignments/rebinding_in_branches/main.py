import sys


def fast():
    pass


def slow():
    pass


def pick(flag):
    runner = fast
    if flag:
        runner = slow
    runner()


pick(True)
pick(False)
