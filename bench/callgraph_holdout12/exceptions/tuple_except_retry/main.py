class TransportError(Exception):
    pass


class Timeout(TransportError):
    pass


class ConnectionReset(TransportError):
    pass


class HTTPError(Exception):
    def __init__(self, status):
        super().__init__(f"HTTP {status}")
        self.status = status

    def retryable(self):
        return self.status in (502, 503)


class FlakyServer:
    def __init__(self, script):
        self.script = list(script)

    def request(self, path):
        outcome = self.script.pop(0)
        if outcome == "timeout":
            raise Timeout(path)
        if outcome == "reset":
            raise ConnectionReset(path)
        if isinstance(outcome, int) and outcome >= 400:
            raise HTTPError(outcome)
        return outcome


def backoff(attempt):
    return 0.1 * 2 ** attempt


def fetch(server, path, attempts=5):
    waited = 0.0
    for attempt in range(attempts):
        try:
            return server.request(path), waited
        except (Timeout, ConnectionReset):
            waited += backoff(attempt)
        except HTTPError as exc:
            if not exc.retryable():
                raise
            waited += backoff(attempt)
    raise TransportError(f"gave up on {path}")


def main():
    print(fetch(FlakyServer(["timeout", "reset", 503, "ok"]), "/a"))
    for script in (["timeout"] * 2, [404]):
        try:
            fetch(FlakyServer(script), "/b", attempts=2)
        except (TransportError, HTTPError) as exc:
            print(type(exc).__name__, exc)


main()
