class Storage:
    scheme = None
    registry = {}

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Storage.registry[cls.scheme] = cls

    @classmethod
    def from_url(cls, url):
        scheme, _, path = url.partition("://")
        return cls.registry[scheme](path)

    def __init__(self, path):
        self.path = path

    def read(self):
        raise NotImplementedError


class LocalStorage(Storage):
    scheme = "file"

    def read(self):
        return open_local(self.path)


class S3Storage(Storage):
    scheme = "s3"

    def read(self):
        return "s3:" + self.path


def open_local(path):
    return "local:" + path


Storage.from_url("file:///etc").read()
