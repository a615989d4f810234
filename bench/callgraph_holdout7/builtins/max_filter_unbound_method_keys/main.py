class Job:
    def __init__(self, name, cost, deps):
        self.name = name
        self.cost_units = cost
        self.deps = deps

    def cost(self):
        return self.cost_units * 2

    def is_ready(self):
        return not self.deps

    def count(self, done):
        return sum(1 for d in self.deps if d in done)


def plan(jobs):
    ready = list(filter(Job.is_ready, jobs))
    heaviest = max(jobs, key=Job.cost)
    names = [j.name for j in jobs]
    duplicates = names.count(heaviest.name)
    return ready, heaviest, duplicates


jobs = [Job("lint", 1, []), Job("build", 5, ["lint"]), Job("test", 3, ["build"])]
ready, heaviest, duplicates = plan(jobs)
print([j.name for j in ready], heaviest.name, duplicates, sorted(map(len, [j.name for j in jobs])))
