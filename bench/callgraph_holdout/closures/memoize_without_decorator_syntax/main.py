def memoize(fn):
    cache = {}

    def cached(key):
        if key not in cache:
            cache[key] = fn(key)
        return cache[key]

    return cached


class Sink:
    def __init__(self):
        self.lines = []

    def write(self, line):
        self.lines.append(line)


def make_logger(sink):
    def log(message):
        sink.write(message)
    return log


def square(n):
    return n * n


fast_square = memoize(square)
logger = make_logger(Sink())
logger(fast_square(3))
logger(fast_square(3))
