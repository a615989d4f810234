def invoke(action):
    action()


def save():
    pass


def load():
    pass


def main():
    invoke(save)
    invoke(load)


main()
