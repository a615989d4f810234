import heapq
from dataclasses import dataclass, field


class Tags:
    def __init__(self, names):
        self.names = list(names)

    @classmethod
    def empty(cls):
        return cls(())

    def add(self, name):
        self.names.append(name)


def next_id(counter=[0]):
    counter[0] += 1
    return counter[0]


@dataclass(order=True)
class Job:
    priority: int
    seq: int = field(default_factory=next_id)
    name: str = field(default="", compare=False)
    tags: Tags = field(default_factory=Tags.empty, compare=False, repr=False)

    def describe(self):
        return f"{self.priority}:{self.name}:{self.tags.names}"


class Scheduler:
    def __init__(self):
        self.heap = []

    def submit(self, priority, name):
        job = Job(priority, name=name)
        job.tags.add("queued")
        heapq.heappush(self.heap, job)
        return job

    def run_next(self):
        return heapq.heappop(self.heap).describe()


scheduler = Scheduler()
scheduler.submit(5, "backup")
scheduler.submit(1, "deploy")
print(scheduler.run_next(), scheduler.run_next())
