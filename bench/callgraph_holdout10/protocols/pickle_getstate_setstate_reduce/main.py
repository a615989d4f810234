"""A cache that drops its lock when pickled (__getstate__) and rebuilds it on load (__setstate__)."""
import pickle
import threading


class Entry:
    def __init__(self, value, ttl):
        self.value, self.ttl = value, ttl

    def __reduce__(self):
        return (make_entry, (self.value, self.ttl))


def make_entry(value, ttl):
    return Entry(value, ttl)


def new_lock():
    return threading.Lock()


class Cache:
    def __init__(self, name):
        self.name = name
        self.lock = new_lock()
        self.data = {}

    def put(self, key, value, ttl=60):
        with self.lock:
            self.data[key] = Entry(value, ttl)

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["lock"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.lock = new_lock()


cache = Cache("sessions")
cache.put("ada", {"id": 1})
clone = pickle.loads(pickle.dumps(cache))
print(clone.name, clone.data["ada"].value, clone.lock.locked())
