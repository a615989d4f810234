def handlers():
    yield start


def start():
    pass


def boot():
    gen = handlers()
    next(gen)()
    gen.close()


boot()
