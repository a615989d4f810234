from dataclasses import dataclass, field


class Registry:
    def __init__(self):
        self.names = []

    def add(self, name):
        self.names.append(name)


def default_hook(job):
    return job.name


@dataclass
class Job:
    name: str
    registry: Registry = field(default_factory=Registry)
    hooks: list = field(default_factory=lambda: [default_hook])

    def __post_init__(self):
        self.registry.add(self.name)

    def finish(self):
        return [hook(self) for hook in self.hooks]


Job("build").finish()
