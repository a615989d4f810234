def add():
    pass


def remove():
    pass


ACTIONS = {"add": add, "remove": remove}


def perform(name):
    ACTIONS[name]()


perform("add")
perform("remove")
