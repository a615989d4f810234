from __future__ import annotations

from typing import Protocol


class Storage(Protocol):
    def put(self, key: str, value: bytes) -> None: ...


class Cache:
    def put(self, key: str, value: bytes) -> None:
        raise RuntimeError("cache is not a store")


class FileStorage:
    def __init__(self) -> None:
        self.files: dict[str, bytes] = {}

    def put(self, key: str, value: bytes) -> None:
        self.files[key] = value


class Uploader:
    store: Storage
    cache: Cache | None = None

    def __init__(self, store: FileStorage) -> None:
        self.store = store

    def upload(self, name: str, data: bytes) -> int:
        self.store.put(name, data)
        if self.cache is not None:
            self.cache.put(name, data)
        return len(data)


def make_uploader() -> Uploader:
    return Uploader(FileStorage())


up: Uploader = make_uploader()
print(up.upload("a", b"xyz"))
