from itertools import chain


class Task:
    def __init__(self, name):
        self.name = name

    def run(self):
        return execute(self.name)


class RetryTask(Task):
    def run(self):
        backoff()
        return super().run()


def execute(name):
    return name


def backoff():
    return 0


def pending():
    yield Task("a")


def retries():
    yield RetryTask("b")


def work():
    return [task.run() for task in chain(pending(), retries())]


work()
