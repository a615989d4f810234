class Fetcher:
    def __init__(self):
        self.calls = 0

    def fetch(self, url, timeout=1):
        self.calls += 1
        if self.calls < 2:
            raise ConnectionError(url)
        return url.upper()


def log_retry(attempt, exc):
    return f"retry {attempt}: {exc}"


def call_with_retry(func, *args, attempts=3, on_retry=None, **kwargs):
    for attempt in range(attempts):
        try:
            return func(*args, **kwargs)
        except ConnectionError as exc:
            if on_retry is not None:
                on_retry(attempt, exc)
    raise RuntimeError("gave up")


fetcher = Fetcher()
result = call_with_retry(fetcher.fetch, "http://x", timeout=2, on_retry=log_retry)
