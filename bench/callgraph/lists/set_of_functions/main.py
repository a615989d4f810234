def ping():
    pass


def pong():
    pass


def run():
    for f in {ping, pong}:
        f()


run()
