def double(x):
    return x * 2


def negate(x):
    return -x


def square(x):
    return x * x


def build():
    return [lambda x, f=f: f(x) for f in (double, negate)]


def build_late():
    return [lambda x: f(x) for f in (double, square)]


def run_all(callbacks, value):
    return [cb(value) for cb in callbacks]


print(run_all(build(), 3))
print(run_all(build_late(), 3))
