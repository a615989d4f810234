from enum import IntEnum


def colorize(text, level):
    return f"[{text}]" if level < Level.ERROR else f"[!{text}!]"


class Level(IntEnum):
    DEBUG = 10
    INFO = 20
    WARNING = 30
    ERROR = 40

    @classmethod
    def parse(cls, text):
        return cls[text.strip().upper()]

    def tag(self):
        return colorize(self.name[0], self)

    def enabled_for(self, threshold):
        return self >= threshold


def level_of(line):
    tag = line[1:line.index("]")].strip("!")
    return next(lvl for lvl in Level if lvl.name.startswith(tag))


class Logger:
    def __init__(self, threshold="info"):
        self.threshold = Level.parse(threshold)
        self.lines = []

    def log(self, level, message):
        if level.enabled_for(self.threshold):
            self.lines.append(f"{level.tag()} {message}")

    def dump(self):
        counts = {lvl.name: 0 for lvl in Level}
        for line in self.lines:
            counts[level_of(line).name] += 1
        return counts


log = Logger("warning")
for level, msg in [(Level.DEBUG, "x=1"), (Level.WARNING, "slow"), (Level.ERROR, "down")]:
    log.log(level, msg)
print(log.lines, log.dump(), sorted(Level, reverse=True)[0])
