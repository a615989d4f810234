def ready():
    return True


def go():
    pass


def start():
    if ready():
        go()


start()
