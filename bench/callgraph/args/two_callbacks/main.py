def run_both(first, second):
    first()
    second()


def alpha():
    pass


def beta():
    pass


run_both(alpha, beta)
