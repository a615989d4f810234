PLUGINS = {}


def plugin(name):
    def register(cls):
        PLUGINS[name] = cls
        cls.plugin_name = name
        return cls

    return register


@plugin("upper")
class Upper:
    def run(self, text):
        return text.upper()


@plugin("strip")
class Strip:
    def __init__(self, chars=" "):
        self.chars = chars

    def run(self, text):
        return text.strip(self.chars)


class Audit:
    def register(self, cls):  # unrelated method named like the inner decorator
        return cls

    def run(self, text):
        return text


def apply(names, text):
    for name in names:
        text = PLUGINS[name]().run(text)
    return text


apply(["strip", "upper"], " hi ")
Audit().register(Upper)
