"""A cron-like scheduler whose audit log receives job functions only to name them."""


class Job:
    def __init__(self, fn, every, *args):
        self.fn = fn
        self.every = every
        self.args = args

    def run(self):
        return self.fn(*self.args)


class AuditLog:
    def __init__(self):
        self.lines = []

    def record(self, action, target, *extra):
        self.lines.append(f"{action} {describe(target)} {extra}")


def describe(fn):
    return getattr(fn, "__qualname__", repr(fn))


def rotate_logs(path):
    return f"rotated {path}"


def vacuum_db(name, full=False):
    return f"vacuum {name} {full}"


def purge_cache():
    return "purged"


class Scheduler:
    def __init__(self, audit):
        self.audit = audit
        self.jobs = []

    def every(self, seconds, fn, *args):
        self.jobs.append(Job(fn, seconds, *args))
        self.audit.record("scheduled", fn, seconds)

    def cancel(self, fn):
        self.audit.record("cancelled", fn)
        self.jobs = [job for job in self.jobs if job.fn is not fn]

    def tick(self):
        return [job.run() for job in self.jobs]


audit = AuditLog()
sched = Scheduler(audit)
sched.every(60, rotate_logs, "/var/log/app")
sched.every(3600, purge_cache)
sched.every(86400, vacuum_db, "main", True)
sched.cancel(purge_cache)
print(sched.tick())
audit.record("started", Scheduler.tick, sched)
print(audit.lines)
