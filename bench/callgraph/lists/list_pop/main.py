def last_job():
    pass


def drain():
    stack = [last_job]
    stack.pop()()


drain()
