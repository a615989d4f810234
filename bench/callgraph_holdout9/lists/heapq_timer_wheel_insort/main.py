"""A timer service keeping pending timers in a heapq list (ordered by Timer.__lt__)
and a sorted audit list maintained with bisect.insort (ordered by Stamp.__lt__)."""
import bisect
import heapq


class Timer:
    def __init__(self, due, name, action):
        self.due = due
        self.name = name
        self.action = action

    def __lt__(self, other):
        return (self.due, self.name) < (other.due, other.name)

    def fire(self):
        return self.action(self.name)


class Stamp:
    def __init__(self, when, what):
        self.when = when
        self.what = what

    def __lt__(self, other):
        return self.when < other.when


def beep(name):
    return f"beep {name}"


class TimerService:
    def __init__(self):
        self.heap = []
        self.audit = []

    def schedule(self, due, name, action=beep):
        heapq.heappush(self.heap, Timer(due, name, action))
        bisect.insort(self.audit, Stamp(due, name))

    def advance(self, now):
        fired = []
        while self.heap and self.heap[0].due <= now:
            fired.append(heapq.heappop(self.heap).fire())
        return fired


svc = TimerService()
for due, name in [(5, "tea"), (1, "egg"), (3, "toast"), (3, "jam")]:
    svc.schedule(due, name)
print(svc.advance(3), [s.what for s in svc.audit])
