def leaf():
    pass


def middle():
    return leaf


def top():
    return middle()


top()()
