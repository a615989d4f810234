def target():
    return 1


def run():
    action = lambda: target()
    return action()


run()
