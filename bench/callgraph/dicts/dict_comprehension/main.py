def low():
    return 1


def high():
    return 2


def build():
    table = {fn.__name__: fn for fn in (low, high)}
    return table["low"]() + table["high"]()


build()
