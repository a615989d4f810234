"""A retry helper configured by a policy dict splatted as keyword arguments, callbacks included."""


class TransientError(Exception):
    pass


class FlakyService:
    def __init__(self, failures):
        self.failures = failures
        self.calls = 0

    def fetch(self, key, *, timeout=1.0):
        self.calls += 1
        if self.calls <= self.failures:
            raise TransientError(f"try {self.calls}")
        return f"{key}@{timeout}"


def log_retry(attempt, exc):
    print(f"retry {attempt}: {exc}")


def is_fatal(exc):
    return not isinstance(exc, TransientError)


def no_wait(attempt):
    return 0


def call_with_retry(fn, *args, attempts=3, on_retry=None, giveup=lambda exc: False, wait=no_wait, **call_kwargs):
    for attempt in range(1, attempts + 1):
        try:
            return fn(*args, **call_kwargs)
        except Exception as exc:
            if giveup(exc) or attempt == attempts:
                raise
            if on_retry:
                on_retry(attempt, exc)
            wait(attempt)


POLICY = {"attempts": 4, "on_retry": log_retry, "giveup": is_fatal}
svc = FlakyService(failures=2)
print(call_with_retry(svc.fetch, "users", **POLICY, timeout=2.5))
