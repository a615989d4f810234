from itertools import groupby


class Task:
    def __init__(self, name, owner, due, points):
        self.name = name
        self.owner = owner
        self.due = due
        self.points = points


def priority(task):
    return -task.points


def week_of(day):
    return day // 7


def effort(tasks):
    return sum(t.points for t in tasks)


SORTS = {
    "due": lambda t: (t.due, priority(t)),
    "owner": lambda t: (t.owner.lower(), t.name),
}


class Board:
    def __init__(self, tasks):
        self.tasks = tasks

    def ordered(self, by):
        return sorted(self.tasks, key=SORTS[by])

    def by_week(self):
        tasks = sorted(self.tasks, key=lambda t: week_of(t.due))
        return {week: effort(group) for week, group in groupby(tasks, key=lambda t: week_of(t.due))}

    def busiest(self):
        owners = {t.owner for t in self.tasks}
        return max(owners, key=lambda o: effort(t for t in self.tasks if t.owner == o))


if __name__ == "__main__":
    board = Board([Task("api", "Ada", 3, 5), Task("ui", "bob", 9, 3), Task("db", "ada", 2, 8), Task("ci", "Bob", 10, 1)])
    print([t.name for t in board.ordered("due")], [t.name for t in board.ordered("owner")])
    print(board.by_week(), board.busiest())
