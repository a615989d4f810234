from typing import Protocol


class Sink(Protocol):
    def write(self, text: str) -> None: ...


class FileSink:
    def __init__(self, path):
        self.path = path

    def write(self, text: str) -> None:
        self.path += text


class MemorySink:
    def __init__(self):
        self.items = []

    def write(self, text: str) -> None:
        self.items.append(text)


class NullSink:
    def write(self, text: str) -> None:
        pass


def emit(sink: Sink, message: str) -> None:
    sink.write(message.upper())


def broadcast(message):
    for sink in (FileSink("log"), MemorySink()):
        emit(sink, message)


broadcast("hello")
