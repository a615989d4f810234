import lib


def run():
    first = lib.heavy.compute([1, 2])
    again = lib.heavy.compute([3])
    return first, again, lib.version()


print(run())
