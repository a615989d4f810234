class Template:
    def __init__(self, name, source):
        self.name = name
        self.source = source

    def render(self, **ctx):
        return self.source.format(**ctx)


class Loader:
    def __init__(self, sources):
        self.sources = sources

    def load(self, name):
        return Template(name, self.sources[name])


class TemplateCache(dict):
    def __init__(self, loader):
        super().__init__()
        self.loader = loader
        self.misses = 0

    def __missing__(self, name):
        self.misses += 1
        tpl = self[name] = self.loader.load(name)
        return tpl


class Environment:
    def __init__(self, loader):
        self.cache = TemplateCache(loader)

    def get_template(self, name):
        return self.cache[name]

    def peek(self, name):
        return self.cache.get(name)


env = Environment(Loader({"hi": "Hello {name}", "bye": "Bye {name}"}))
print(env.peek("hi"))
print(env.get_template("hi").render(name="a"))
print(env.get_template("hi").render(name="b"), env.cache.misses, "bye" in env.cache)
