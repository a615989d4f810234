import functools


def retry(fn=None, *, times=2, on=(ConnectionError,)):
    """Usable bare (@retry) or with options (@retry(times=3))."""
    if fn is None:
        return functools.partial(retry, times=times, on=on)

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        for attempt in range(1, times + 1):
            try:
                return fn(*args, **kwargs)
            except on as exc:
                log_failure(fn.__name__, attempt, exc)
        return fallback(fn.__name__)
    return wrapper


def log_failure(name, attempt, exc):
    print(f"{name} attempt {attempt}: {exc}")


def fallback(name):
    return f"{name}: gave up"


class Flaky:
    def __init__(self, failures):
        self.failures = failures

    def __call__(self):
        if self.failures:
            self.failures -= 1
            raise ConnectionError("reset")
        return "ok"


ping_server = Flaky(1)
fetch_feed = Flaky(5)


@retry
def ping():
    return ping_server()


@retry(times=3, on=(ConnectionError, TimeoutError))
def fetch():
    return fetch_feed()


print(ping(), fetch())
