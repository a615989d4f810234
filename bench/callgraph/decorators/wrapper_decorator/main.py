def logged(func):
    def wrapper(*args):
        return func(*args)

    return wrapper


@logged
def work():
    pass


work()
