class Task:
    def __init__(self, name, due, done=False):
        self.name = name
        self.due = due
        self.done = done

    def priority(self):
        return (self.done, self.due)

    def overdue(self, today):
        return not self.done and self.due < today


def by_name(task):
    return task.name


OPS = {
    "priority": lambda tasks: sorted(tasks, key=lambda t: t.priority()),
    "name": lambda tasks: sorted(tasks, key=by_name),
    "overdue": lambda tasks: [t for t in tasks if t.overdue(5)],
}


def view(tasks, mode):
    return [t.name for t in OPS[mode](tasks)]


tasks = [Task("b", 3), Task("a", 9), Task("c", 1, done=True)]
for mode in OPS:
    print(mode, view(tasks, mode))
