from abc import ABC, abstractmethod


class Closeable(ABC):
    @classmethod
    def __subclasshook__(cls, other):
        if cls is Closeable:
            return has_method(other, "close")
        return NotImplemented

    @abstractmethod
    def close(self):
        ...


def has_method(klass, name):
    return any(name in vars(base) for base in klass.__mro__)


class FileHandle:
    def __init__(self, path):
        self.path = path
        self.open = True

    def close(self):
        self.open = False

    def __hash__(self):
        return hash(self.path)

    def __eq__(self, other):
        return isinstance(other, FileHandle) and other.path == self.path

    def __str__(self):
        return f"<file {self.path}>"


class Counter:
    def __init__(self):
        self.n = 0


def release_all(resources):
    closed = []
    for res in resources:
        if isinstance(res, Closeable):
            res.close()
            closed.append(str(res))
    return closed


def main():
    a, b = FileHandle("/tmp/a"), FileHandle("/tmp/a")
    unique = {a, b}
    print(len(unique), hash(a) == hash(b))
    print(release_all([a, Counter(), FileHandle("/tmp/b")]))


main()
