class Task:
    def __init__(self, name, priority, done=False):
        self.name = name
        self.priority = priority
        self.done = done

    def rank(self):
        return -self.priority

    def is_open(self):
        return not self.done

    def __repr__(self):
        return f"Task({self.name!r})"


def summarize(tasks):
    open_tasks = list(filter(Task.is_open, tasks))
    ordered = sorted(open_tasks, key=Task.rank)
    return ", ".join(map(repr, ordered))


summarize([Task("a", 1), Task("b", 3, done=True), Task("c", 2)])
