class lazy:
    def __init__(self, func):
        self.func = func
        self.name = func.__name__

    def __get__(self, instance, owner):
        if instance is None:
            return self
        value = self.func(instance)
        instance.__dict__[self.name] = value
        return value


class Settings:
    def __init__(self, values):
        self.values = values

    def get(self, key):
        return self.values[key]


def read_file(path):
    return {"debug": path}


class App:
    def __init__(self, path):
        self.path = path

    @lazy
    def settings(self):
        return Settings(read_file(self.path))


app = App("app.cfg")
app.settings.get("debug")
app.settings.get("debug")
