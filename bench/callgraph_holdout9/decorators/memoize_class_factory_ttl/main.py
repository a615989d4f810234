"""A caching decorator implemented as a class taking options (memoize(ttl=...)),
whose __call__ builds a wrapper closure; stacked with a plain timing decorator."""
import functools


class Clock:
    now = 0

    @classmethod
    def advance(cls, seconds):
        cls.now += seconds


class memoize:
    def __init__(self, ttl, key=None):
        self.ttl = ttl
        self.key = key or default_key
        self.entries = {}

    def __call__(self, fn):
        @functools.wraps(fn)
        def wrapper(*args):
            k = self.key(args)
            hit = self.entries.get(k)
            if hit and Clock.now - hit[0] < self.ttl:
                return hit[1]
            value = fn(*args)
            self.entries[k] = (Clock.now, value)
            return value
        wrapper.cache = self
        return wrapper


def default_key(args):
    return repr(args)


def timed(fn):
    @functools.wraps(fn)
    def inner(*args):
        inner.calls += 1
        return fn(*args)
    inner.calls = 0
    return inner


@timed
@memoize(ttl=10)
def fetch_user(uid):
    return {"id": uid, "name": lookup_name(uid)}


def lookup_name(uid):
    return f"user{uid}"


fetch_user(1)
fetch_user(1)
Clock.advance(11)
fetch_user(1)
print(fetch_user.calls, len(fetch_user.__wrapped__.cache.entries))
