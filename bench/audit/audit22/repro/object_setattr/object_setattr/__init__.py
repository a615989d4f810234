"""Cause A (asgiref #28 #39 #48 #50): attributes stored with `object.__setattr__(self, "name",
v)` (here through an alias, as asgiref's `_object_setattr`) in a class that writes
__getattr__ and __setattr__.  Plain lookup finds them in the instance's __dict__, so reading
self._lock / self._storage never runs __getattr__."""
import threading

_object_setattr = object.__setattr__


class Store:
    def __init__(self):
        _object_setattr(self, "_lock", threading.RLock())
        _object_setattr(self, "_data", {})

    def __getattr__(self, key):
        self._lock.acquire()
        try:
            return self._data[key]
        except KeyError:
            raise AttributeError(key)
        finally:
            self._lock.release()

    def __setattr__(self, key, value):
        self._lock.acquire()
        try:
            self._data[key] = value
        finally:
            self._lock.release()


CALLS = []


class Direct:
    def __init__(self):
        object.__setattr__(self, "_data", {})

    def __getattr__(self, key):
        CALLS.append(key)
        return self._data.get(key)


def main():
    s = Store()
    s.colour = "red"
    d = Direct()
    return s.colour, d.missing, CALLS
