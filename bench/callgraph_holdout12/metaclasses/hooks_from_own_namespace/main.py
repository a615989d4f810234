def hook(func):
    func.is_hook = True
    return func


class PluginMeta(type):
    def __new__(mcls, name, bases, namespace):
        cls = super().__new__(mcls, name, bases, namespace)
        # only the class's own namespace: inherited hooks are not collected
        cls.hooks = [value for value in namespace.values() if getattr(value, "is_hook", False)]
        return cls


class Plugin(metaclass=PluginMeta):
    def __init__(self, name):
        self.name = name
        self.events = []

    @hook
    def log_start(self):
        self.events.append(stamp("start", self.name))

    def run(self):
        for func in self.hooks:
            func(self)
        return self.events


def stamp(event, name):
    return f"{event}:{name}"


class Exporter(Plugin):
    @hook
    def export(self):
        self.events.append(stamp("export", self.name))

    @hook
    def notify(self):
        self.events.append(send_mail(self.name))


class Importer(Plugin):
    @hook
    def read(self):
        self.events.append(stamp("read", self.name))


def send_mail(name):
    return f"mail:{name}"


if __name__ == "__main__":
    for plugin in (Exporter("csv"), Importer("json")):
        print(plugin.run())
