"""dogpile #24: `value.payload` after a helper that raises when value is NO_VALUE."""
import enum


class NoValue(enum.Enum):
    token = 0

    @property
    def payload(self):
        return self


NO_VALUE = NoValue.token


class CachedValue:
    def __init__(self, payload):
        self.payload = payload


class Region:
    def __init__(self):
        self.store = {}

    def _get(self, key):
        return self.store.get(key, NO_VALUE)

    def put(self, key, v):
        self.store[key] = CachedValue(v)

    def _is_miss(self, value):
        return value is NO_VALUE

    def get_or_create(self, key):
        value = self._get(key)
        if self._is_miss(value):
            raise KeyError(key)
        return value.payload           # never NoValue.payload


r = Region()
r.put("a", 1)
r.get_or_create("a")
