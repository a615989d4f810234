import bisect


class Event:
    def __init__(self, at, name):
        self.at, self.name = at, name

    def __lt__(self, other):
        return self.at < other.at

    def __repr__(self):
        return f"{self.name}@{self.at}"


def at_of(event):
    return event.at


class Timeline:
    def __init__(self):
        self.events = []

    def add(self, event):
        bisect.insort(self.events, event)

    def add_by_key(self, event):
        bisect.insort(self.events, event, key=at_of)

    def before(self, t):
        return self.events[: bisect.bisect_left(self.events, t, key=at_of)]


line = Timeline()
for at, name in [(5, "e"), (1, "a"), (3, "c")]:
    line.add(Event(at, name))
line.add_by_key(Event(2, "b"))
print(line.events, line.before(4))
