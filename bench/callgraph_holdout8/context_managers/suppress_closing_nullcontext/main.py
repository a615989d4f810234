import contextlib


class Resource:
    def __init__(self, name):
        self.name = name
        self.open = True

    def read(self):
        return self.name

    def close(self):
        self.open = False


class Registry:
    def __init__(self):
        self.items = {}

    def remove(self, key):
        del self.items[key]


def cleanup(reg, key):
    with contextlib.suppress(KeyError):
        reg.remove(key)
    return "done"


def fetch(name, shared=None):
    cm = contextlib.nullcontext(shared) if shared else contextlib.closing(Resource(name))
    with cm as res:
        return res.read()


shared = Resource("shared")
print(cleanup(Registry(), "missing"), fetch("a"), fetch("b", shared), shared.open)
