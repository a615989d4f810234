def double(x):
    return 2 * x


def doubled():
    return [double(n) for n in range(3)]


doubled()
