class Retry(Exception):
    def __init__(self, exc, countdown):
        super().__init__(str(exc))
        self.exc = exc
        self.countdown = countdown


class Task:
    max_retries = 2

    def __init__(self):
        self.request_retries = 0

    def retry(self, exc, countdown=1):
        if self.request_retries >= self.max_retries:
            raise exc
        self.request_retries += 1
        return Retry(exc, countdown * 2 ** self.request_retries)

    def __call__(self, *args):
        return self.run(*args)


class SendEmail(Task):
    def __init__(self, outages):
        super().__init__()
        self.outages = outages

    def run(self, to):
        try:
            return deliver(to, self.outages)
        except ConnectionError as error:
            raise self.retry(exc=error)


def deliver(to, outages):
    if outages:
        outages.pop()
        raise ConnectionError("smtp down")
    return f"sent to {to}"


def log_retry(retry):
    return f"retry in {retry.countdown}s"


def worker(task, *args):
    while True:
        try:
            return task(*args)
        except Retry as retry:
            log_retry(retry)
        except ConnectionError:
            return "failed"


print(worker(SendEmail([1]), "ada"), worker(SendEmail([1, 2, 3]), "bob"))
