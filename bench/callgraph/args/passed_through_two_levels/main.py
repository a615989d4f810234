def outer(callback):
    return middle(callback)


def middle(callback):
    return callback()


def target():
    return 1


outer(target)
