from collections import deque


class Task:
    def __init__(self, name, steps):
        self.name = name
        self.remaining = steps
        self.log = []

    def step(self):
        self.remaining -= 1
        self.log.append(self.remaining)
        return self.remaining > 0


class Scheduler:
    def __init__(self):
        self.ready = deque()
        self.done = []

    def spawn(self, task):
        self.ready.append(task)
        return task

    def run(self, quantum=1):
        while self.ready:
            task = self.ready[0]
            alive = all(task.step() for _ in range(quantum))
            if alive:
                self.ready.rotate(-1)
            else:
                self.finish(self.ready.popleft())

    def finish(self, task):
        self.done.append(task.name)
        on_finish(task)


def on_finish(task):
    print("finished", task.name, task.log)


sched = Scheduler()
for name, steps in [("a", 3), ("b", 1), ("c", 2)]:
    sched.spawn(Task(name, steps))
sched.run()
print(sched.done)
