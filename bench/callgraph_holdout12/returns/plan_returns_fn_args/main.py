class Job:
    def __init__(self, name):
        self.name = name
        self.log = []

    def build(self, target):
        self.log.append(f"build {target}")
        return self

    def test(self, suite, verbose=False):
        self.log.append(f"test {suite}{' -v' if verbose else ''}")
        return self


def deploy(job, env):
    job.log.append(f"deploy {env}")
    return notify(job, env)


def notify(job, env):
    return f"{job.name} -> {env}"


def plan(job, step):
    kind, _, arg = step.partition(":")
    if kind == "build":
        return job.build, (arg or "all",), {}
    if kind == "test":
        return job.test, (arg,), {"verbose": True}
    return deploy, (job, arg), {}


def lookup_step(job, name):
    fn, args, kwargs = plan(job, name)
    return lambda: fn(*args, **kwargs)


def run(job, steps):
    results = []
    for step in steps:
        fn, args, kwargs = plan(job, step)
        results.append(fn(*args, **kwargs))
    results.append(lookup_step(job, "deploy:staging")())
    return results


if __name__ == "__main__":
    job = Job("api")
    print(run(job, ["build", "test:unit", "deploy:prod"])[-1], job.log)
