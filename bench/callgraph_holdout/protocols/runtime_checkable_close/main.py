from typing import Protocol, runtime_checkable


@runtime_checkable
class Closeable(Protocol):
    def close(self) -> None: ...


class File:
    def close(self):
        flush()


class Socket:
    def close(self):
        return None


class Number:
    pass


def flush():
    return True


def shutdown(resources):
    for resource in resources:
        if isinstance(resource, Closeable):
            resource.close()


shutdown([File(), Socket(), Number()])
