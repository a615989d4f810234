class HookCaller:
    def __init__(self, name):
        self.name = name
        self.impls = []

    def __call__(self, **kwargs):
        return [impl(**kwargs) for impl in reversed(self.impls)]


class PluginManager:
    prefix = "myapp_"

    def __init__(self):
        self.hooks = {}

    def register(self, plugin):
        for attr in dir(plugin):
            if attr.startswith(self.prefix):
                name = attr[len(self.prefix):]
                self.hooks.setdefault(name, HookCaller(name)).impls.append(getattr(plugin, attr))

    def hook(self, name):
        return self.hooks.get(name) or HookCaller(name)


class LoggingPlugin:
    def myapp_configure(self, config):
        return f"logging configured: {config}"

    def configure(self, config):
        raise RuntimeError("not a hook")


class CachePlugin:
    def myapp_configure(self, config):
        return "cache configured"

    def myapp_shutdown(self):
        return "cache flushed"


def myapp_configure(config):
    return "module hook"


pm = PluginManager()
pm.register(LoggingPlugin())
pm.register(CachePlugin())
print(pm.hook("configure")(config={"debug": True}))
print(pm.hook("shutdown")(), pm.hook("missing")())
