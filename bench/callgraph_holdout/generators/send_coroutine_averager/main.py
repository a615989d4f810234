def averager(sink):
    total = 0
    count = 0
    while True:
        value = yield
        total += value
        count += 1
        sink(total / count)


def record(average):
    return average


def ignore(average):
    return None


def feed(values):
    running = averager(record)
    next(running)
    for value in values:
        running.send(value)
    running.close()


feed([1, 2, 3])
