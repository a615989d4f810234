"""A storage router choosing the callee by expression: (a if c else b)(...), x or table[bool]."""


def read_local(key):
    return f"local:{key}"


def read_remote(key):
    return f"remote:{key}"


def write_local(key, value):
    return f"wrote {key} locally"


def write_remote(key, value):
    return f"wrote {key} remotely"


def audit(action):
    return action


class Router:
    def __init__(self, local_prefixes, override=None):
        self.local_prefixes = local_prefixes
        self.override = override

    def is_local(self, key):
        return any(key.startswith(p) for p in self.local_prefixes)

    def read(self, key):
        return (read_local if self.is_local(key) else read_remote)(key)

    def write(self, key, value):
        writer = self.override or {True: write_local, False: write_remote}[self.is_local(key)]
        return audit(writer(key, value))


router = Router(["tmp/"])
print(router.read("tmp/a"), router.read("users/1"))
print(router.write("users/1", "x"))
pinned = Router(["tmp/"], override=write_local)
print(pinned.write("users/2", "y"))
