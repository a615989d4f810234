class Scheduler:
    def __init__(self):
        self.jobs = []

    def add(self, func, *args):
        self.jobs.append((func, args))

    def run_all(self):
        results = []
        for func, args in self.jobs:
            results.append(func(*args))
        return results


class Mailer:
    def send(self, to, subject):
        return render(subject) + to


def render(subject):
    return subject.title()


def cleanup(path):
    return path


mailer = Mailer()
scheduler = Scheduler()
scheduler.add(mailer.send, "bob", "hello")
scheduler.add(cleanup, "/tmp")
scheduler.run_all()
