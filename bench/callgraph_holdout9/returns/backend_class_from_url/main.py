"""A cache library: get_backend_class() returns a class chosen by URL scheme, which
the caller instantiates; Cache.method_for() returns a bound method the caller runs."""
from urllib.parse import urlparse


class MemoryBackend:
    def __init__(self, location):
        self.data = {}

    def set(self, key, value):
        self.data[key] = value

    def get(self, key):
        return self.data.get(key)


class FileBackend(MemoryBackend):
    def __init__(self, location):
        super().__init__(location)
        self.path = location

    def set(self, key, value):
        super().set(key, f"file:{value}")


def get_backend_class(scheme):
    if scheme == "file":
        return FileBackend
    return MemoryBackend


class Cache:
    def __init__(self, url):
        parts = urlparse(url)
        backend_cls = get_backend_class(parts.scheme)
        self.backend = backend_cls(parts.path)

    def method_for(self, op):
        return getattr(self.backend, op)

    def incr(self, key):
        value = (self.backend.get(key) or 0) + 1
        self.backend.set(key, value)
        return value


mem = Cache("mem://")
files = Cache("file:///tmp/cache")
mem.method_for("set")("a", 1)
files.method_for("set")("a", 1)
print(mem.incr("a"), files.method_for("get")("a"))
