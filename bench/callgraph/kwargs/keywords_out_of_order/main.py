def pipeline(first, second):
    first()
    second()


def load():
    pass


def store():
    pass


pipeline(second=store, first=load)
