"""`append(<generator expression>)` adds one generator object that nobody iterates."""


class Job:
    def __init__(self, name, priority):
        self.name = name
        self.priority = priority

    def __repr__(self):
        return f"Job({self.name!r}, {self.priority})"


def make_job(spec):
    name, _, priority = spec.partition(":")
    return Job(name, int(priority or 0))


def load_defaults():
    return [Job("heartbeat", 0), Job("cleanup", 1)]


def build_queue(specs):
    queue = load_defaults()
    queue.append(make_job(s) for s in specs)
    return queue


def describe(queue):
    return [item.name if isinstance(item, Job) else type(item).__name__ for item in queue]


queue = build_queue(["backup:5", "report:2"])
print(len(queue), describe(queue))
