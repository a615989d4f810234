"""Storage backends on abc.ABCMeta: building a class with abstract methods fails before __init__."""
import abc


class Storage(abc.ABC):
    def __init__(self, root):
        self.root = root
        self.opened = self.open()

    @abc.abstractmethod
    def open(self):
        return "abstract"

    @abc.abstractmethod
    def write(self, key, data):
        raise NotImplementedError

    def put(self, key, data):
        return self.write(self.root + "/" + key, data)


class MemoryStorage(Storage):
    def open(self):
        self.blobs = {}
        return True

    def write(self, key, data):
        self.blobs[key] = data
        return len(data)


class HalfStorage(Storage):
    def open(self):
        return True


def describe_error(exc):
    return f"cannot build: {exc}"


def make_storage(cls, root):
    try:
        return cls(root)
    except TypeError as exc:
        return describe_error(exc)


print(make_storage(Storage, "/tmp"))
print(make_storage(HalfStorage, "/tmp"))
store = make_storage(MemoryStorage, "/data")
print(store.put("a.txt", b"hello"))
