from dataclasses import dataclass, field


class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        return isinstance(other, Version) and self.parts == other.parts

    def __hash__(self):
        return hash(self.parts)


class Registry:
    def __init__(self):
        self.entries = []

    def record(self, dep):
        self.entries.append(dep.name)


@dataclass(frozen=True)
class Dependency:
    name: str
    version: Version
    extras: tuple = field(default=(), compare=False)


@dataclass(kw_only=True)
class Lockfile:
    deps: list = field(default_factory=list)
    registry: Registry = field(default_factory=Registry)

    def add(self, dep):
        if dep not in self.deps:
            self.deps.append(dep)
            self.registry.record(dep)


lock = Lockfile()
lock.add(Dependency("attrs", Version("23.1")))
lock.add(Dependency("attrs", Version("23.1"), extras=("tests",)))
lock.add(Dependency("click", Version("8.0")))
unique = {d for d in lock.deps}
seen = set()
seen.add("attrs")
print(len(lock.deps), len(unique), lock.registry.entries, seen)
