from dataclasses import dataclass, field
import heapq


class Payload:
    def __init__(self, body):
        self.body = body

    def __eq__(self, other):
        return same_body(self.body, other.body)

    def __lt__(self, other):
        return len(self.body) < len(other.body)


def same_body(a, b):
    return a == b


@dataclass(order=True)
class Task:
    priority: int
    payload: Payload
    tags: list = field(default_factory=list, compare=False)

    def run(self):
        return execute(self.payload.body)


def execute(body):
    return body.upper()


def schedule(specs):
    queue = []
    for priority, body in specs:
        heapq.heappush(queue, Task(priority, Payload(body)))
    return queue


def drain(queue):
    out = []
    while queue:
        out.append(heapq.heappop(queue).run())
    return out


def main():
    queue = schedule([(3, "email"), (1, "backup"), (2, "report")])
    first = min(queue)
    print(first.priority, drain(queue))


main()
