def fetch_from_cache(key):
    return None if key == "cold" else f"cache:{key}"


def fetch_from_db(key):
    return f"db:{key}"


def record(source, key):
    return f"{source}/{key}"


class Loader:
    def __init__(self):
        self.primary, self.fallback = fetch_from_cache, fetch_from_db

    def prefer_db(self):
        self.primary, self.fallback = self.fallback, self.primary

    def load(self, key):
        value = self.primary(key)
        if value is None:
            value = self.fallback(key)
        return value


loader = Loader()
print(loader.load("cold"), loader.load("warm"))
loader.prefer_db()
print(loader.load("cold"))
note = record
note("loader", "done")
