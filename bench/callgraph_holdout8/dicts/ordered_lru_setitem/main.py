from collections import OrderedDict


class LRU(OrderedDict):
    def __init__(self, maxsize, on_evict):
        super().__init__()
        self.maxsize = maxsize
        self.on_evict = on_evict

    def __getitem__(self, key):
        value = super().__getitem__(key)
        self.move_to_end(key)
        return value

    def __setitem__(self, key, value):
        if key in self:
            self.move_to_end(key)
        super().__setitem__(key, value)
        if len(self) > self.maxsize:
            old_key, old_value = self.popitem(last=False)
            self.on_evict(old_key, old_value)


EVICTED = []


def log_eviction(key, value):
    EVICTED.append(key)


def memo(cache, key, compute):
    try:
        return cache[key]
    except KeyError:
        cache[key] = result = compute(key)
        return result


def square(n):
    return n * n


cache = LRU(2, log_eviction)
for k in [1, 2, 1, 3, 2]:
    memo(cache, k, square)
print(list(cache.items()), EVICTED)
