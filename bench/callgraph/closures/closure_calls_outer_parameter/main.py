def make_caller(func):
    def call():
        return func()

    return call


def target():
    return 1


make_caller(target)()
