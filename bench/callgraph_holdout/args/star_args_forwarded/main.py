def apply(transform, value):
    return transform(value)


def double(value):
    return value * 2


def call_logged(fn, *args, **kwargs):
    return fn(*args, **kwargs)


call_logged(apply, double, 3)
