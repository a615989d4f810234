def compress(kind):
    return kind


class PluginMeta(type):
    plugins = {}

    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        if bases:
            PluginMeta.plugins[cls.key] = cls

    def __getitem__(cls, key):
        return cls.plugins[key]  # a dict lookup, not PluginMeta.__getitem__

    def __iter__(cls):
        return iter(sorted(cls.plugins))


class Plugin(metaclass=PluginMeta):
    key = None

    def run(self):
        return "base"


class Gzip(Plugin):
    key = "gzip"

    def run(self):
        return compress("gz")


class Zstd(Plugin):
    key = "zstd"

    def run(self):
        return compress("zst")


def run_all():
    return [Plugin[name]().run() for name in Plugin]


run_all()
