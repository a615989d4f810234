class Form:
    def save(self, commit=True):
        raise RuntimeError("forms are not saved here")

    def open(self):
        raise RuntimeError("nor opened")


class LocalStorage:
    def __init__(self, root):
        self.root = root
        self.files = {}

    def save(self, name, content):
        self.files[f"{self.root}/{name}"] = content
        return name


class MemoryStorage:
    def __init__(self):
        self.blobs = []

    def save(self, name, content):
        self.blobs.append(content)
        return f"mem://{len(self.blobs)}"


class S3Storage(LocalStorage):
    def save(self, name, content):
        key = super().save(name, content)
        return f"s3://{self.root}/{key}"


def get_storage(kind):
    if kind == "memory":
        return MemoryStorage()
    if kind == "s3":
        return S3Storage("bucket")
    return LocalStorage("/tmp")


def upload(storage, name, content):
    return storage.save(name, content)


for kind in ("memory", "s3", "local"):
    print(upload(get_storage(kind), "a.txt", b"data"))
