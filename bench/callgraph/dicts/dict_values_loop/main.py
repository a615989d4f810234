def one():
    pass


def two():
    pass


def run_all():
    for fn in {"a": one, "b": two}.values():
        fn()


run_all()
