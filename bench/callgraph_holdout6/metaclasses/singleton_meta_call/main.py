class SingletonMeta(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=SingletonMeta):
    def __init__(self, path="app.ini"):
        self.path = path
        self.values = load(path)

    def get(self, key):
        return self.values.get(key)


class Registry(metaclass=SingletonMeta):
    pass


def load(path):
    return {"path": path}


a = Config("first.ini")
b = Config("second.ini")
print(a is b, b.get("path"), Registry() is Registry())
