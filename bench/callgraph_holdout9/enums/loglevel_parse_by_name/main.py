"""A logging config loader: LogLevel(IntEnum) parsed by member name with cls[...],
so the _missing_ fallback (for numeric strings) never runs; __str__ is overridden
but the level is only formatted with format specs of the int."""
from enum import IntEnum


class LogLevel(IntEnum):
    DEBUG = 10
    INFO = 20
    WARNING = 30
    ERROR = 40

    @classmethod
    def parse(cls, text):
        return cls[text.strip().upper()]

    @classmethod
    def _missing_(cls, value):
        return cls(int(value))

    def __str__(self):
        return self.name.lower()

    def enabled_for(self, other):
        return other >= self


class Handler:
    def __init__(self, level):
        self.level = level
        self.lines = []

    def emit(self, level, msg):
        if self.level.enabled_for(level):
            self.lines.append(f"[{level:>3d}] {msg}")


def configure(spec):
    return {name: Handler(LogLevel.parse(level)) for name, level in spec.items()}


handlers = configure({"console": "info", "file": " Debug "})
for handler in handlers.values():
    handler.emit(LogLevel.WARNING, "disk almost full")
    handler.emit(LogLevel.DEBUG, "cache miss")
print({name: h.lines for name, h in handlers.items()})
