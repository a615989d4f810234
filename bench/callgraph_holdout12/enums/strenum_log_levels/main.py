from enum import Flag, StrEnum, auto


class Level(StrEnum):
    DEBUG = auto()
    INFO = auto()
    ERROR = auto()

    @classmethod
    def from_env(cls, text, default=None):
        try:
            return cls(text.strip().lower())
        except ValueError:
            return default or cls.INFO

    @property
    def rank(self):
        return list(Level).index(self)

    def allows(self, other):
        return other.rank >= self.rank


class Sink(Flag):
    CONSOLE = auto()
    FILE = auto()
    SYSLOG = auto()

    def targets(self):
        return [open_target(member.name.lower()) for member in Sink if member in self]


def open_target(name):
    return f"<{name}>"


class Logger:
    def __init__(self, level, sinks):
        self.level = level
        self.outputs = sinks.targets()
        self.lines = []

    def log(self, level, message):
        if self.level.allows(level):
            self.lines.extend(f"{out} {level.upper()}: {message}" for out in self.outputs)


if __name__ == "__main__":
    logger = Logger(Level.from_env(" INFO "), Sink.CONSOLE | Sink.FILE)
    logger.log(Level.DEBUG, "hidden")
    logger.log(Level.ERROR, "boom")
    print(Level.from_env("verbose"), logger.lines)
