"""A delivery worker: transient errors are retried with backoff, permanent errors are
dead-lettered with an alert. The flaky endpoint only ever fails transiently."""


class DeliveryError(Exception):
    pass


class TransientError(DeliveryError):
    def __init__(self, attempt):
        super().__init__(f"attempt {attempt} timed out")
        self.attempt = attempt


class PermanentError(DeliveryError):
    def __init__(self, reason):
        super().__init__(reason)
        self.reason = reason


class FlakyEndpoint:
    def __init__(self, failures):
        self.failures = failures
        self.attempts = 0

    def post(self, payload):
        self.attempts += 1
        if self.attempts <= self.failures:
            raise TransientError(self.attempts)
        if not payload:
            raise PermanentError("empty payload")
        return 202


def backoff(attempt):
    return 0.1 * 2 ** attempt


def alert(exc):
    return f"dead letter: {exc.reason}"


def deliver(endpoint, payload, retries=3):
    waited = 0.0
    for attempt in range(retries):
        try:
            status = endpoint.post(payload)
        except TransientError as exc:
            waited += backoff(exc.attempt)
            continue
        except PermanentError as exc:
            return alert(exc)
        else:
            return status, waited
        finally:
            endpoint.failures -= 0
    return None


print(deliver(FlakyEndpoint(2), {"id": 1}))
