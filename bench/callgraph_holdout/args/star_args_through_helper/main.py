def call_with_retry(func, *args, **kwargs):
    try:
        return func(*args, **kwargs)
    except OSError:
        return func(*args, **kwargs)


def apply(transform, value):
    return transform(value)


def double(value):
    return value * 2


def describe(value, formatter=str):
    return formatter(value)


def label(value):
    return "#" + str(value)


call_with_retry(apply, double, 3)
call_with_retry(describe, 4, formatter=label)
