from abc import ABC, abstractmethod


class Storage(ABC):
    @abstractmethod
    def save(self, key, data): ...

    def save_all(self, items):
        for key, data in items.items():
            self.save(key, data)


class LocalStorage(Storage):
    def __init__(self, root):
        self.root = root

    def save(self, key, data):
        return write_file(self.root + key, data)


class S3Storage(Storage):
    def __init__(self, bucket):
        self.bucket = bucket

    def save(self, key, data):
        raise ConnectionError(self.bucket)


class MemoryStorage(Storage):
    def __init__(self):
        self.data = {}

    def save(self, key, data):
        self.data[key] = data


def write_file(path, data):
    return path


def get_storage(kind):
    if kind == "local":
        return LocalStorage("/tmp/")
    return MemoryStorage()


for kind in ("local", "memory"):
    get_storage(kind).save_all({"a": 1})
