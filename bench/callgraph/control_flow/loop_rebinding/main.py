def one():
    pass


def two():
    pass


def run():
    current = one
    for nxt in (two,):
        current()
        current = nxt
    current()


run()
