import time


class Timer:
    def __enter__(self):
        self.start = time.perf_counter()
        return self

    def __exit__(self, *exc):
        self.end = time.perf_counter()

    def elapsed(self):
        return self.end - self.start


class Lock:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        acquire(self.name)

    def __exit__(self, *exc):
        release(self.name)


def acquire(name):
    return name


def release(name):
    return name


def work():
    with Timer() as timer, Lock("db"):
        total = sum(range(10))
    return timer.elapsed() + total


work()
