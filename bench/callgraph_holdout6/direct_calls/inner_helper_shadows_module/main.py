def helper(x):
    return x * 100


def normalize(x):
    return x / 10


def compute(values):
    def helper(x):
        return normalize(x) + 1

    return [helper(v) for v in values]


def compute_global(values):
    return [helper(v) for v in values]


def process(values, normalize=abs):
    return [normalize(v) for v in values]


def outer():
    def inner():
        return helper(2)

    def helper(x):
        return -x

    return inner()


print(compute([10, 20]), compute_global([1]), process([-1, 2]), outer())
