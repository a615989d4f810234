class TransientError(Exception):
    pass


def is_transient(exc):
    return isinstance(exc, TransientError)


def log_error(exc):
    return f"error: {exc}"


def flaky(state={"calls": 0}):
    state["calls"] += 1
    if state["calls"] < 3:
        raise TransientError(state["calls"])
    return "ok"


def retry(fn, attempts=5, should_retry=lambda exc: is_transient(exc)):
    for _ in range(attempts):
        try:
            return fn()
        except Exception as exc:
            if not should_retry(exc):
                raise
    return None


class Client:
    def get(self, url, on_error=lambda exc: log_error(exc)):
        try:
            return retry(lambda: fetch(url), attempts=2)
        except Exception as exc:
            return on_error(exc)


def fetch(url):
    if url.startswith("bad"):
        raise ValueError(url)
    return f"body of {url}"


def main():
    print(retry(flaky))
    client = Client()
    print(client.get("good/page"))
    print(client.get("bad/page"))


main()
