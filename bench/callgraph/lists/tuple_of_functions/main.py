def a():
    pass


def b():
    pass


def call_pair():
    pair = (a, b)
    pair[0]()
    pair[1]()


call_pair()
