def load():
    pass


def save():
    pass


def pair():
    return load, save


def run():
    a, b = pair()
    a()
    b()


run()
