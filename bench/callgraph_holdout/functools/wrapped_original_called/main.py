import functools


def cached(func):
    memo = {}

    @functools.wraps(func)
    def wrapper(key):
        if key not in memo:
            memo[key] = func(key)
        return memo[key]

    return wrapper


@cached
def lookup(key):
    return normalize(key)


def normalize(key):
    return key.strip()


lookup(" a ")
lookup.__wrapped__(" b ")
