"""Storage backends: the base class computes `max_upload` with a property, the only
backend built replaces it with a plain class constant; hasattr() on a property does
call its getter."""


def read_quota(name):
    return {"s3": 5_000, "local": 100}.get(name, 10)


class Backend:
    name = "base"

    @property
    def max_upload(self):
        return read_quota(self.name)

    @property
    def supports_streaming(self):
        return streaming_probe(self.name)

    def accept(self, size):
        return size <= self.max_upload


def streaming_probe(name):
    return name != "local"


class LocalBackend(Backend):
    name = "local"
    max_upload = 50


def describe(backend):
    streaming = hasattr(backend, "supports_streaming")
    return f"{backend.name}: accept 60? {backend.accept(60)} streaming attr: {streaming}"


print(describe(LocalBackend()))
