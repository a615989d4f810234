def first():
    pass


def second():
    pass


def run():
    table = {"a": first}
    table.update({"b": second})
    table["b"]()


run()
