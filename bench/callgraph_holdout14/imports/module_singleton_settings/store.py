from config import settings


def connect(url):
    return {"url": url}


class Store:
    def __init__(self):
        self.url = settings.get("db_url")
        self.pool = [connect(self.url) for _ in range(settings.get("pool"))]

    def describe(self):
        return f"{self.url} x{len(self.pool)}"


default_store = None


def get_store():
    global default_store
    if default_store is None:
        default_store = Store()
    return default_store
