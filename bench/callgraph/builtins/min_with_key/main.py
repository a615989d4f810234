def weight(item):
    return item[1]


def lightest(items):
    return min(items, key=weight)


lightest([("a", 2), ("b", 1)])
