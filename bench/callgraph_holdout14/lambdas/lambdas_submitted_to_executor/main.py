class Executor:
    def __init__(self):
        self.queue = []
        self.results = []

    def submit(self, fn, label=None):
        self.queue.append((label or "job", fn))

    def run_all(self):
        while self.queue:
            label, fn = self.queue.pop(0)
            self.results.append((label, fn()))
        return self.results


def backup(path):
    return f"backed up {path}"


def compress(path, level):
    return f"{path}.gz@{level}"


def notify(who, text):
    return f"{who} <- {text}"


class Nightly:
    def __init__(self, executor, paths):
        self.executor = executor
        self.paths = paths

    def schedule(self):
        for path in self.paths:
            self.executor.submit(lambda p=path: backup(p), label="backup")
            self.executor.submit(lambda p=path: compress(p, level=self.level()))
        self.executor.submit(lambda: notify("ops", f"{len(self.paths)} paths"), "notify")

    def level(self):
        return 9 if len(self.paths) < 3 else 6


executor = Executor()
Nightly(executor, ["/etc", "/home"]).schedule()
for label, result in executor.run_all():
    print(label, result)
