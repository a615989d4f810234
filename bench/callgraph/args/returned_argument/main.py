def identity(value):
    return value


def job():
    return "ok"


identity(job)()
