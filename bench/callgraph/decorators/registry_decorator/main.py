HANDLERS = []


def handler(func):
    HANDLERS.append(func)
    return func


@handler
def on_start():
    pass


@handler
def on_stop():
    pass


def fire():
    for h in HANDLERS:
        h()


fire()
