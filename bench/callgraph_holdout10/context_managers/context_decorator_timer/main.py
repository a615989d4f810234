"""A ContextDecorator used both as `@timed("name")` on functions and as `with timed(...)`."""
import contextlib


class Metrics:
    def __init__(self):
        self.samples = {}

    def observe(self, name, value):
        self.samples.setdefault(name, []).append(value)


class FakeClock:
    def __init__(self):
        self.t = 0

    def now(self):
        self.t += 5
        return self.t


METRICS = Metrics()
CLOCK = FakeClock()


class timed(contextlib.ContextDecorator):
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        self.start = CLOCK.now()
        return self

    def __exit__(self, exc_type, exc, tb):
        METRICS.observe(self.name, CLOCK.now() - self.start)
        return False


@timed("db.query")
def query(sql):
    return [sql.lower()]


@timed("render")
def render(rows):
    return ",".join(rows)


def handle():
    with timed("handle"):
        return render(query("SELECT 1"))


print(handle(), METRICS.samples)
