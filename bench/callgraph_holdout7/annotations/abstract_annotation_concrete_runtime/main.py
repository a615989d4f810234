from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Callable


class Storage(ABC):
    @abstractmethod
    def write(self, key: str, data: bytes) -> int: ...

    def write_text(self, key: str, text: str) -> int:
        return self.write(key, text.encode())


class MemoryStorage(Storage):
    def __init__(self) -> None:
        self.blobs: dict[str, bytes] = {}

    def write(self, key: str, data: bytes) -> int:
        self.blobs[key] = data
        return len(data)


class DiskStorage(Storage):
    def write(self, key: str, data: bytes) -> int:
        raise OSError("read-only test disk")


Hook = Callable[[str, int], None]


def log_write(key: str, size: int) -> None:
    print(f"wrote {size} bytes to {key}")


def save_report(storage: Storage, name: str, rows: list[str], hook: Hook | None = None) -> int:
    size = storage.write_text(name, "\n".join(rows))
    if hook is not None:
        hook(name, size)
    return size


save_report(MemoryStorage(), "daily.txt", ["a", "b"], hook=log_write)
save_report(MemoryStorage(), "empty.txt", [])
