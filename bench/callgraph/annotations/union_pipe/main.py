class Cache:
    def clear(self):
        pass


def reset(cache: Cache | None):
    if cache:
        cache.clear()


reset(Cache())
