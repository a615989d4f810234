def parse(path):
    return {"path": path, "workers": 4}


class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in Singleton._instances:
            Singleton._instances[cls] = super().__call__(*args, **kwargs)
        return Singleton._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, path="app.ini"):
        self.path = path
        self.values = parse(path)

    def get(self, key, default=None):
        return self.values.get(key, default)


class Registry(metaclass=Singleton):
    def __init__(self):
        self.items = {}

    def add(self, name, item):
        self.items[name] = item
        return item


def setup():
    Registry().add("config", Config("prod.ini"))


def workers():
    return Config().get("workers")


setup()
print(workers(), Config() is Registry().items["config"], Config().path)
