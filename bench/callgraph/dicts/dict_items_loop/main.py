def alpha():
    pass


def beta():
    pass


def run_all(table):
    for name, fn in table.items():
        fn()


run_all({"alpha": alpha, "beta": beta})
