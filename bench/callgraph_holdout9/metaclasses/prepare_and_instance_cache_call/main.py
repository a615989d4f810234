"""A config framework: the metaclass __prepare__ returns a namespace that records
declaration order, and the metaclass __call__ caches one instance per arguments
(a keyed singleton) before running __init__."""


class OrderedNamespace(dict):
    def __init__(self):
        super().__init__()
        self.order = []

    def __setitem__(self, key, value):
        if not key.startswith("__"):
            self.order.append(key)
        super().__setitem__(key, value)


class CachedMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kwargs):
        return OrderedNamespace()

    def __new__(mcs, name, bases, namespace, **kwargs):
        cls = super().__new__(mcs, name, bases, dict(namespace))
        cls.field_order = [k for k in namespace.order if not callable(namespace[k])]
        cls._instances = {}
        return cls

    def __call__(cls, *args):
        if args not in cls._instances:
            cls._instances[args] = super().__call__(*args)
        return cls._instances[args]


class Section(metaclass=CachedMeta):
    host = "localhost"
    port = 8080
    debug = False

    def __init__(self, name):
        self.name = name
        self.values = {f: getattr(self, f) for f in self.field_order}

    def render(self):
        return f"[{self.name}] " + " ".join(f"{k}={v}" for k, v in self.values.items())


a = Section("web")
b = Section("web")
c = Section("db")
print(a is b, a is c, a.render())
