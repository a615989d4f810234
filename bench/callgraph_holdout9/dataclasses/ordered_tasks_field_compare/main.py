"""A task queue of order=True dataclasses: the generated __lt__/__eq__ compare field
tuples, reaching the Priority field's own __eq__/__lt__; a compare=False field is
skipped; the generated __repr__ reaches Priority.__repr__."""
from dataclasses import dataclass, field


class Priority:
    LEVELS = {"low": 0, "normal": 1, "high": 2}

    def __init__(self, name):
        self.rank = -self.LEVELS[name]
        self.name = name

    def __eq__(self, other):
        return self.rank == other.rank

    def __lt__(self, other):
        return self.rank < other.rank

    def __repr__(self):
        return self.name


class Callback:
    def __init__(self, fn):
        self.fn = fn

    def __eq__(self, other):
        return self.fn is other.fn


@dataclass(order=True)
class Task:
    priority: Priority
    title: str
    done: Callback = field(compare=False, repr=False, default=None)


def notify(task):
    return f"finished {task.title}"


def make(specs):
    return [Task(Priority(p), t, Callback(notify)) for p, t in specs]


def drain(tasks):
    for task in sorted(tasks):
        yield task.done.fn(task)


tasks = make([("low", "backup"), ("high", "deploy"), ("high", "alert"), ("normal", "mail")])
print(list(drain(tasks)))
print(repr(tasks[1]))
