class Future:
    def __init__(self):
        self._result = None

    def set_result(self, value):
        self._result = value

    def result(self):
        return self._result


class SyncExecutor:
    """Runs work at once, with the signature of concurrent.futures.Executor.submit."""

    def submit(self, fn, /, *args, **kwargs):
        future = Future()
        future.set_result(fn(*args, **kwargs))
        return future

    def map(self, fn, *iterables):
        return [self.submit(fn, *items).result() for items in zip(*iterables)]


def resize(image, width, height):
    return f"{image}@{width}x{height}"


def checksum(name, salt=0):
    return sum(map(ord, name)) + salt


executor = SyncExecutor()
first = executor.submit(resize, "cat.png", 64, 48)
second = executor.submit(checksum, "cat.png", salt=7)
sizes = executor.map(resize, ["a.png", "b.png"], [10, 20], [5, 6])
print(first.result(), second.result(), sizes)
