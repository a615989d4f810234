import functools


def combine(a, b):
    return a + b


def total(values):
    return functools.reduce(combine, values)


total([1, 2, 3])
