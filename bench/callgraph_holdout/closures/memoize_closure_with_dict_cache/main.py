def memoize(fn):
    cache = {}

    def lookup(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]

    lookup.clear = cache.clear
    return lookup


def multiply(a, b):
    return a * b


def slow_square(n):
    return multiply(n, n)


fast_square = memoize(slow_square)


def total(values):
    return sum(fast_square(v) for v in values)


total([1, 2, 2])
fast_square.clear()
