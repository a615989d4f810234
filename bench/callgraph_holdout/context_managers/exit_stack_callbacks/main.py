from contextlib import ExitStack


def remove_temp(path):
    return path


def release_lock(name):
    return name


class Lock:
    def __init__(self, name):
        self.name = name

    def release(self):
        return release_lock(self.name)


def job(paths):
    with ExitStack() as stack:
        for path in paths:
            stack.callback(remove_temp, path)
        lock = Lock("job")
        stack.callback(lock.release)
        return len(paths)


job(["a", "b"])
