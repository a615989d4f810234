REGISTRY = {}


def register(name):
    def decorator(cls):
        REGISTRY[name] = cls
        return cls
    return decorator


class Application:
    def __init__(self):
        self.plugins = {}

    def install(self, name, plugin):
        self.plugins[name] = plugin

    def handle(self, name, payload):
        return self.plugins[name].process(payload)
