def square(x):
    return x * x


def squares():
    return list(map(square, [1, 2, 3]))


squares()
