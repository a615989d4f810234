from typing import Protocol


class Store(Protocol):
    def put(self, key: str, value: str) -> None: ...

    def get(self, key: str) -> str: ...


class FileStore:
    def __init__(self):
        self.data = {}

    def put(self, key, value):
        self.data[key] = value

    def get(self, key):
        return self.data[key]


class S3Store:
    def put(self, key, value):
        raise ConnectionError(key)

    def get(self, key):
        raise ConnectionError(key)


class Service:
    def __init__(self, store: Store):
        self.store = store

    def remember(self, key, value):
        self.store.put(key, value)
        return self.store.get(key)


Service(FileStore()).remember("a", "b")
