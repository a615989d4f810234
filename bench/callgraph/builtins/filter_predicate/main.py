def is_big(x):
    return x > 1


def big_ones():
    return list(filter(is_big, [1, 2, 3]))


big_ones()
