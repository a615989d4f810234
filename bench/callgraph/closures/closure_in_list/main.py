def make_adders():
    def add_one(x):
        return x + 1

    def add_two(x):
        return x + 2

    return [add_one, add_two]


def apply_all():
    return [f(0) for f in make_adders()]


apply_all()
