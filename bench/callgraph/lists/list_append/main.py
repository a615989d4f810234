def task():
    pass


def schedule():
    queue = []
    queue.append(task)
    for job in queue:
        job()


schedule()
