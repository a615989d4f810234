import functools


def cached(fn=None, *, ttl=60):
    def decorate(func):
        store = {}

        @functools.wraps(func)
        def wrapper(*args):
            if args not in store:
                store[args] = func(*args)
            return store[args]

        wrapper.ttl = ttl
        return wrapper

    if fn is not None:
        return decorate(fn)
    return decorate


def fetch(kind, key):
    return f"{kind}:{key}"


@cached
def load_user(uid):
    return fetch("user", uid)


@cached(ttl=5)
def load_group(gid):
    return fetch("group", gid)


load_user(1)
load_group(2)
