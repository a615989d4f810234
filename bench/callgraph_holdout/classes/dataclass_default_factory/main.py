from dataclasses import dataclass, field


class Registry:
    def __init__(self):
        self.items = []

    def add(self, item):
        self.items.append(item)


def default_tags():
    return ["new"]


@dataclass
class Project:
    name: str
    registry: Registry = field(default_factory=Registry)
    tags: list = field(default_factory=default_tags)

    def publish(self):
        self.registry.add(self.name)


project = Project("demo")
project.publish()
