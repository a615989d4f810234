"""A CLI test runner captures a command's print() output with redirect_stdout into a
program object (print calls its write/flush), inside a timer built on
AbstractContextManager, which supplies __enter__."""
import contextlib


class Capture:
    def __init__(self):
        self.chunks = []

    def write(self, text):
        self.chunks.append(text)
        return len(text)

    def flush(self):
        self.chunks.append("")

    def getvalue(self):
        return "".join(self.chunks)


class Timer(contextlib.AbstractContextManager):
    def __init__(self, clock):
        self.clock = clock
        self.elapsed = None

    def __exit__(self, exc_type, exc, tb):
        self.elapsed = self.clock() - 1
        return None


def fake_clock():
    return 3


def hello_command(name):
    print("hello", name)
    print("done", flush=True)


def invoke(command, *args):
    buffer = Capture()
    with Timer(fake_clock) as timer, contextlib.redirect_stdout(buffer):
        command(*args)
    return buffer.getvalue(), timer.elapsed


output, elapsed = invoke(hello_command, "ann")
assert output == "hello ann\ndone\n", repr(output)
