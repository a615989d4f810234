def visit(x):
    return x


def done():
    pass


def walk():
    for item in range(2):
        visit(item)
    else:
        done()


walk()
