class Task:
    def run(self):
        return 1


def tasks():
    for _ in range(2):
        yield Task()


def execute():
    for task in tasks():
        task.run()


execute()
