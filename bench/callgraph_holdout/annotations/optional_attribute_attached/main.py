from __future__ import annotations

from typing import Optional


class Cache:
    def __init__(self):
        self.data = {}

    def lookup(self, key):
        return self.data.get(key)

    def store(self, key, value):
        self.data[key] = value


class Loader:
    def __init__(self):
        self.cache: Optional[Cache] = None

    def attach(self, cache: Cache) -> None:
        self.cache = cache

    def load(self, key):
        if self.cache is not None:
            hit = self.cache.lookup(key)
            if hit is None:
                self.cache.store(key, fetch(key))
        return fetch(key)


def fetch(key):
    return key * 2


loader = Loader()
loader.load(1)
loader.attach(Cache())
loader.load(2)
