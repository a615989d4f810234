def configure():
    pass


HOOK = configure


def run():
    HOOK()


run()
