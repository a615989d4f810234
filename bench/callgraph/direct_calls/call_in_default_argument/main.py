def default_size():
    return 10


def make(size=default_size()):
    return [0] * size


make()
