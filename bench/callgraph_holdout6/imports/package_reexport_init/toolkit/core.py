from .text import slugify


class Engine:
    def __init__(self, name):
        self.name = name
        self.plugins = []

    def add(self, title):
        self.plugins.append(slugify(title))
        return self

    def run(self):
        return f"{self.name}: {', '.join(self.plugins)}"
