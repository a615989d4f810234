"""A job wrapper whose `return` in `finally` swallows the exception; the caller's handler never runs."""


class JobTimeout(Exception):
    def __init__(self, job, seconds):
        super().__init__(f"{job} exceeded {seconds}s")
        self.job = job


class Job:
    def __init__(self, name, cost):
        self.name, self.cost = name, cost

    def execute(self, budget):
        if self.cost > budget:
            raise JobTimeout(self.name, budget)
        return self.cost


def release_slot(job):
    return f"released {job.name}"


def run_job(job, budget):
    try:
        return job.execute(budget)
    finally:
        return release_slot(job)  # a return in finally discards the pending JobTimeout


def alert(exc):
    return f"ALERT {exc.job}"


def requeue(job):
    return f"requeued {job.name}"


def run_all(jobs, budget):
    out = []
    for job in jobs:
        try:
            out.append(run_job(job, budget))
        except JobTimeout as exc:
            out.append(alert(exc))
            out.append(requeue(job))
    return out


print(run_all([Job("thumbs", 1), Job("video", 50)], budget=10))
