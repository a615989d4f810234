def cost(x):
    return x + 1


def total():
    return sum(cost(n) for n in range(3))


total()
