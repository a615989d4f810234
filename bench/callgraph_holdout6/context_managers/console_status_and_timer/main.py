import contextlib

CLOCK = iter(range(100))


def clock():
    return next(CLOCK)


class Status:
    def __init__(self, console, message):
        self.console = console
        self.message = message

    def __enter__(self):
        self.console.log(f"[start] {self.message}")
        return self

    def update(self, message):
        self.message = message

    def __exit__(self, *exc):
        self.console.log(f"[done] {self.message}")


class Console:
    def __init__(self):
        self.lines = []

    def log(self, text):
        self.lines.append(text)

    def status(self, message):
        return Status(self, message)


@contextlib.contextmanager
def timer(console, label):
    start = clock()
    try:
        yield
    finally:
        console.log(f"{label} took {clock() - start}")


def build(console):
    with console.status("building") as status, timer(console, "build"):
        status.update("linking")


console = Console()
build(console)
print("\n".join(console.lines))
