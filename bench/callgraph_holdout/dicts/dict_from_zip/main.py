def add(a, b):
    return a + b


def sub(a, b):
    return a - b


OPERATORS = dict(zip(["+", "-"], [add, sub]))


def calculate(symbol, a, b):
    return OPERATORS[symbol](a, b)


calculate("+", 1, 2)
calculate("-", 3, 1)
