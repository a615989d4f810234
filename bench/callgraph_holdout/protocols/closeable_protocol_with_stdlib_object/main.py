import io
from typing import Protocol, runtime_checkable


def release_all():
    return 0


@runtime_checkable
class Closeable(Protocol):
    def close(self) -> None: ...


class Pool:
    def __init__(self):
        self.open = True

    def close(self):
        self.open = False
        release_all()


class Unused:
    def close(self):
        return "never"


def close_all(*resources: Closeable) -> int:
    closed = 0
    for r in resources:
        if isinstance(r, Closeable):
            r.close()
            closed += 1
    return closed


close_all(Pool(), io.BytesIO(b"x"))
