def load():
    pass


def save():
    pass


def pipeline():
    steps = [load]
    steps.extend([save])
    steps[-1]()


pipeline()
