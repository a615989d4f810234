class Job:
    def __init__(self, weight):
        self.weight = weight

    def priority(self):
        return self.weight


def most_urgent(jobs):
    return max(jobs, key=Job.priority)


most_urgent([Job(1), Job(3)])
