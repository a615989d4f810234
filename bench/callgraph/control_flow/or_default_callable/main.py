def fallback():
    pass


def run(hook=None):
    (hook or fallback)()


run()
