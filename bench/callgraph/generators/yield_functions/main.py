def first():
    pass


def second():
    pass


def steps():
    yield first
    yield second


def run():
    for step in steps():
        step()


run()
