from operator import attrgetter, methodcaller


class Task:
    def __init__(self, name, cost):
        self.name = name
        self.cost = cost

    def priority(self):
        return -self.cost

    @property
    def label(self):
        return self.name.upper()


def schedule(tasks):
    ordered = sorted(tasks, key=methodcaller("priority"))
    cheapest = min(tasks, key=attrgetter("cost"))
    labels = list(map(attrgetter("label"), ordered))
    return cheapest, labels


schedule([Task("a", 2), Task("b", 1)])
