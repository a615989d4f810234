TASKS = []


def task(cls):
    TASKS.append(cls)
    return cls


@task
class Backup:
    def run(self):
        return "backup"


@task
class Cleanup:
    def run(self):
        return "cleanup"


def run_all():
    return [cls().run() for cls in TASKS]


run_all()
