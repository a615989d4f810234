import weakref


class Observable:
    def __init__(self, default=None):
        self.default = default
        self.values = weakref.WeakKeyDictionary()

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return self.values.get(instance, self.default)

    def __set__(self, instance, value):
        old = self.__get__(instance)
        self.values[instance] = value
        if old != value:
            instance.changed(self.name, old, value)


class Model:
    def __init__(self):
        self.listeners = []

    def subscribe(self, listener):
        self.listeners.append(listener)

    def changed(self, name, old, new):
        for listener in self.listeners:
            listener(self, name, old, new)


class Thermostat(Model):
    target = Observable(20)
    mode = Observable("off")


def log_change(model, name, old, new):
    print(f"{type(model).__name__}.{name}: {old} -> {new}")


t = Thermostat()
t.subscribe(log_change)
t.mode = "heat"
t.target = 22
t.target = 22
print(t.target, t.mode, Thermostat.mode.default)
