"""A worker whose public `run` is an alias taken in the base class body."""


class Worker:
    def __init__(self, queue):
        self.queue = queue
        self.done = []

    def start(self):
        while self.queue:
            self.done.append(self.process(self.queue.pop(0)))
        return self.done

    run = start  # bound to Worker.start for good, whatever a subclass defines

    def process(self, item):
        return item.upper()


class RetryingWorker(Worker):
    def start(self):
        self.prepare()
        return super().start()

    def prepare(self):
        self.queue = [q.strip() for q in self.queue]

    def process(self, item):
        return "retry:" + super().process(item)


class Supervisor:
    def __init__(self, workers):
        self.workers = workers

    def launch(self):
        launchers = [w.run for w in self.workers]
        return [launch() for launch in launchers]


sup = Supervisor([Worker(["a"]), RetryingWorker(["b "])])
print(sup.launch())
