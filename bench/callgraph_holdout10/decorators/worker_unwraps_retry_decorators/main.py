"""A task queue whose worker runs inspect.unwrap(task), bypassing the @retry / @log_call wrappers."""
import functools
import inspect


def backoff(attempt):
    return 0.1 * 2 ** attempt


def retry(times):
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            for attempt in range(times):
                try:
                    return fn(*args, **kwargs)
                except ConnectionError:
                    backoff(attempt)
            return fn(*args, **kwargs)
        return wrapper
    return decorate


def log_call(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print("call", fn.__name__)
        return fn(*args, **kwargs)
    return wrapper


@log_call
@retry(3)
def send_email(to):
    return f"sent to {to}"


@retry(2)
def resize_image(path, width=100):
    return f"{path}@{width}"


class Worker:
    """The queue has its own retry policy, so it runs the undecorated function."""

    def __init__(self):
        self.done = []

    def run(self, task, *args):
        raw = inspect.unwrap(task)
        self.done.append(raw(*args))


worker = Worker()
worker.run(send_email, "ada@x")
worker.run(resize_image, "cat.png")
print(worker.done)
