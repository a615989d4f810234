"""A cache client typed with @overload stubs; only the last definition of each name runs."""
from typing import Union, overload


class Blob:
    def __init__(self, data: bytes):
        self.data = data

    def size(self) -> int:
        return len(self.data)


class Text:
    def __init__(self, data: str):
        self.data = data

    def size(self) -> int:
        return len(self.data)


def wrap_bytes(value: bytes) -> Blob:
    return Blob(value)


def wrap_text(value: str) -> Text:
    return Text(value)


class Cache:
    def __init__(self) -> None:
        self.store: dict = {}

    @overload
    def put(self, key: str, value: bytes) -> Blob: ...
    @overload
    def put(self, key: str, value: str) -> Text: ...

    def put(self, key, value):
        entry = wrap_bytes(value) if isinstance(value, bytes) else wrap_text(value)
        self.store[key] = entry
        return entry


@overload
def load(cache: Cache, key: str, default: None = None) -> Union[Blob, Text, None]: ...
@overload
def load(cache: Cache, key: str, default: Text) -> Union[Blob, Text]: ...
def load(cache, key, default=None):
    return cache.store.get(key, default)


cache = Cache()
cache.put("a", b"\x00\x01")
cache.put("b", "hello")
total = sum(entry.size() for entry in (load(cache, "a"), load(cache, "b")))
fallback = load(cache, "missing", Text(""))
print(total, fallback.size())
