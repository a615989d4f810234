def compute(n):
    return square(n) + 1


def square(n):
    return n * n
