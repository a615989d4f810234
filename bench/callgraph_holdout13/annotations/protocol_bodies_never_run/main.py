from typing import Protocol, runtime_checkable


def release_handle(name):
    return f"released {name}"


def flush_buffer(name):
    return f"flushed {name}"


@runtime_checkable
class Closeable(Protocol):
    def close(self) -> str:
        return release_handle("protocol")


class SupportsFlush(Protocol):
    def flush(self) -> str:
        return flush_buffer("protocol")


class LogFile:
    def __init__(self, name: str) -> None:
        self.name = name

    def flush(self) -> str:
        return flush_buffer(self.name)

    def close(self) -> str:
        self.flush()
        return release_handle(self.name)


class Socket:
    def close(self) -> str:
        return release_handle("socket")


def shutdown(resources: list[Closeable]) -> list[str]:
    done = []
    for resource in resources:
        if isinstance(resource, Closeable):
            done.append(resource.close())
    return done


def sync_all(files: list[SupportsFlush]) -> int:
    return len([f.flush() for f in files])


def main() -> None:
    log = LogFile("app.log")
    sync_all([log])
    print(shutdown([log, Socket(), "not closeable"]))


main()
