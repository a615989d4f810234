"""dogpile #35 (ProxyBackend.wrap(self, backend: CacheBackend)): an override-everywhere stub whose body is a docstring, then raise NotImplementedError."""


class Backend:
    def set_serialized(self, key, value):
        self.set(key, value)

    def set(self, key, value):
        pass


class BytesBackend(Backend):
    def set_serialized(self, key, value):  # pragma NO COVERAGE
        """Set a serialized value in the cache."""
        raise NotImplementedError()


class Redis(BytesBackend):
    def set_serialized(self, key, value):
        print(key, value)


class DBM(BytesBackend):
    def set_serialized(self, key, value):
        print(key, value)


class Proxy:
    def wrap(self, backend: Backend):
        self.proxied = backend
        return self

    def set_serialized(self, key, value):
        self.proxied.set_serialized(key, value)   # Redis/DBM/Backend, never BytesBackend's stub


def use(backend: Backend):
    backend.set_serialized("k", b"v")          # annotation: Backend or any subclass

