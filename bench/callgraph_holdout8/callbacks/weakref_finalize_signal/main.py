import weakref

RELEASED = []


def released(name):
    RELEASED.append(name)


class Signal:
    def __init__(self):
        self._receivers = []

    def connect(self, method):
        self._receivers.append(weakref.WeakMethod(method, self._cleanup))

    def _cleanup(self, ref):
        self._receivers.remove(ref)

    def send(self, *args):
        results = []
        for ref in list(self._receivers):
            method = ref()
            if method is not None:
                results.append(method(*args))
        return results


class Cache:
    def __init__(self, name):
        self.name = name
        weakref.finalize(self, released, name)

    def invalidate(self, key):
        return f"{self.name} drop {key}"


class SearchIndex:
    def refresh(self, key):
        return f"reindex {key}"


saved = Signal()
cache = Cache("pages")
index = SearchIndex()
saved.connect(cache.invalidate)
saved.connect(index.refresh)
del index
first = saved.send("k1")


def shutdown():
    global cache
    cache = None


shutdown()
print(first, saved.send("k2"), RELEASED)
