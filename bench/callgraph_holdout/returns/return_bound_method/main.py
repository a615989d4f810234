class Task:
    def run(self):
        return "run"

    def skip(self):
        return "skip"


def choose(task, enabled):
    return task.run if enabled else task.skip


task = Task()
choose(task, True)()
choose(task, False)()
