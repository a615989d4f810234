from contextlib import contextmanager


class LockTable:
    def __init__(self):
        self.held = set()

    def acquire(self, name):
        self.held.add(name)

    def release(self, name):
        self.held.discard(name)


LOCKS = LockTable()


@contextmanager
def locked(name):
    LOCKS.acquire(name)
    yield name
    LOCKS.release(name)  # bug: no try/finally, skipped when the body raises


@contextmanager
def timed(label, out):
    out.append(f"start {label}")
    try:
        yield
    finally:
        out.append(f"end {label}")


def publish(out):
    out.append("published")


def rebuild_index(out):
    with timed("rebuild", out), locked("index"):
        raise RuntimeError("disk full")


def main():
    out = []
    with timed("publish", out):
        publish(out)
    try:
        rebuild_index(out)
    except RuntimeError as exc:
        out.append(str(exc))
    print(out, sorted(LOCKS.held))


main()
