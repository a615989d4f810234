class TransientError(Exception):
    pass


class Flaky:
    def __init__(self, failures):
        self.failures = failures
        self.calls = 0

    def fetch(self):
        self.calls += 1
        if self.calls <= self.failures:
            raise TransientError(self.calls)
        return f"ok after {self.calls}"


def backoff(attempt):
    return 0.01 * 2 ** attempt


def give_up(name):
    return f"{name}: gave up"


def with_retries(source, name, attempts=3):
    delays = []
    for attempt in range(attempts):
        try:
            result = source.fetch()
        except TransientError:
            delays.append(backoff(attempt))
            continue
        else:
            break
    else:
        return give_up(name)
    while delays and delays[-1] > 0.015:
        delays.pop()
    return result


print(with_retries(Flaky(1), "a"), with_retries(Flaky(5), "b"))
