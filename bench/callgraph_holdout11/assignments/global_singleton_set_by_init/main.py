_backend = None
_stats = {"hits": 0}


class RedisLikeBackend:
    def __init__(self, url):
        self.url = url
        self.data = {}

    def get(self, key):
        return self.data.get(key)

    def set(self, key, value):
        self.data[key] = value


class NullBackend:
    def get(self, key):
        return None

    def set(self, key, value):
        pass


def init(url=None):
    global _backend
    _backend = RedisLikeBackend(url) if url else NullBackend()
    _stats["hits"] = 0


def cache_get(key):
    value = _backend.get(key)
    if value is not None:
        _stats["hits"] += 1
    return value


def cache_set(key, value):
    _backend.set(key, value)


def cached_square(n):
    hit = cache_get(str(n))
    if hit is None:
        hit = n * n
        cache_set(str(n), hit)
    return hit


init()
cached_square(3)
init("redis://localhost")
cached_square(4)
cached_square(4)
print(_stats)
