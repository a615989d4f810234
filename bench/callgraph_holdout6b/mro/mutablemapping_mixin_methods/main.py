from collections.abc import MutableMapping


class Store(MutableMapping):
    def __init__(self, *args, **kwargs):
        self._data = {}
        self.update(*args, **kwargs)

    def __getitem__(self, key):
        return self._data[encode(key)]

    def __setitem__(self, key, value):
        self._data[encode(key)] = value

    def __delitem__(self, key):
        del self._data[encode(key)]

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)


def encode(key):
    return str(key).lower()


s = Store(A=1)
s.setdefault("B", 2)
print(s.get("a"), s.get("zz", 0), "b" in s, s.pop("a"), len(s), dict(s.items()))
