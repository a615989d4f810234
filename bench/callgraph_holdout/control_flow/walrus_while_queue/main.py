class Job:
    def __init__(self, name):
        self.name = name

    def run(self):
        return self.name


class Scheduler:
    def __init__(self, names):
        self.pending = [Job(n) for n in names]

    def next_job(self):
        return self.pending.pop() if self.pending else None


def drain(scheduler):
    done = []
    while (job := scheduler.next_job()) is not None:
        done.append(job.run())
    return done


drain(Scheduler(["a", "b"]))
