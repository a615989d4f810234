class TransientError(Exception):
    def __init__(self, attempt):
        super().__init__(f"attempt {attempt}")
        self.attempt = attempt


class FatalError(Exception):
    def __str__(self):
        return "fatal: " + self.args[0]


class Operation:
    def __init__(self):
        self.tries = 0

    def __call__(self):
        self.tries += 1
        if self.tries < 3:
            raise TransientError(self.tries)
        return "ok"


def retrying(op, attempts=5, on_error=None):
    for _ in range(attempts):
        try:
            return op()
        except TransientError as exc:
            if on_error:
                on_error(exc)
    raise FatalError("exhausted")


def report(exc):
    return str(exc)


def main():
    try:
        retrying(Operation(), attempts=2, on_error=report)
    except FatalError as exc:
        report(exc)
    return retrying(Operation())


main()
