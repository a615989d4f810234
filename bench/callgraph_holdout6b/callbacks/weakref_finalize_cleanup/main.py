import weakref

LOG = []


def close_handle(name):
    LOG.append(f"closed {name}")


def forget(ref):
    LOG.append("forgotten")


class TempFile:
    def __init__(self, name):
        self.name = name
        self._finalizer = weakref.finalize(self, close_handle, name)

    def close(self):
        self._finalizer()

    @property
    def closed(self):
        return not self._finalizer.alive


class Node:
    pass


def scope():
    t = TempFile("a.tmp")
    t.close()
    print(t.closed)
    u = TempFile("b.tmp")
    del u
    n = Node()
    r = weakref.ref(n, forget)
    del n
    return r() is None


print(scope(), LOG)
