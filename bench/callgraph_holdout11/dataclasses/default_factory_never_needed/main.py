import time
from dataclasses import dataclass, field


class SystemClock:
    def now(self):
        return time.time()


class FakeClock:
    def __init__(self, start):
        self.t = start

    def now(self):
        self.t += 1
        return self.t


def new_id():
    return "job-" + str(int(time.time() * 1000))


@dataclass
class Job:
    name: str
    clock: object = field(default_factory=SystemClock)
    id: str = field(default_factory=new_id)
    started: float = 0.0

    def start(self):
        self.started = self.clock.now()
        return self

    def elapsed(self):
        return self.clock.now() - self.started


def schedule(names, clock):
    return [Job(name, clock=clock, id=f"{name}-{i}").start() for i, name in enumerate(names)]


clock = FakeClock(100)
jobs = schedule(["build", "test"], clock)
print([(j.id, j.started, j.elapsed()) for j in jobs])
