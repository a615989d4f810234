class ImagePlugin:
    def matches(self, name):
        return name.endswith(".png")

    def run(self, name):
        return "image " + name


class TextPlugin:
    def matches(self, name):
        return name.endswith(".txt")

    def run(self, name):
        return "text " + name


class Fallback:
    def run(self, name):
        return "raw " + name


PLUGINS = [ImagePlugin(), TextPlugin()]


def handle(name):
    plugin = next((p for p in PLUGINS if p.matches(name)), None)
    if plugin is None:
        plugin = Fallback()
    return plugin.run(name)


handle("a.png")
handle("a.txt")
handle("b.bin")
