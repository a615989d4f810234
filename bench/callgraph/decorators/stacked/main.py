def outer_deco(func):
    def outer_wrapper():
        return func()

    return outer_wrapper


def inner_deco(func):
    def inner_wrapper():
        return func()

    return inner_wrapper


@outer_deco
@inner_deco
def core():
    pass


core()
