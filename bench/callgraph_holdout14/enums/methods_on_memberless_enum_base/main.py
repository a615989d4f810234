from enum import Enum


def humanize(name):
    return name.replace("_", " ").capitalize()


class Describable(Enum):
    def describe(self):
        return f"{self.label()} ({self.value})"

    def label(self):
        return humanize(self.name)


class Severity(Describable):
    LOW = 1
    HIGH = 3
    CRITICAL_PAGE = 5

    def label(self):
        base = super().label()
        return base.upper() if self.value >= 5 else base

    def escalate(self):
        members = list(type(self))
        index = members.index(self)
        return members[min(index + 1, len(members) - 1)]


class Channel(Describable):
    EMAIL = "email"
    PAGER_DUTY = "pager"


def route(severity):
    return Channel.PAGER_DUTY if severity.value >= 3 else Channel.EMAIL


def triage(levels):
    for level in levels:
        worse = level.escalate()
        print(level.describe(), "->", worse.describe(), "via", route(worse).describe())


triage([Severity.LOW, Severity(3), Severity["CRITICAL_PAGE"]])
