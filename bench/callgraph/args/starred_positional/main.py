def run(*tasks):
    for task in tasks:
        task()


def one():
    pass


def two():
    pass


run(one, two)
