def dispatch(**handlers):
    handlers["start"]()


def start():
    pass


dispatch(start=start)
