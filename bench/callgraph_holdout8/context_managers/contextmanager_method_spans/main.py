from contextlib import contextmanager


class Span:
    def __init__(self, name, parent):
        self.name = name
        self.parent = parent
        self.events = []

    def record_exception(self, exc):
        self.events.append(repr(exc))

    def end(self):
        self.ended = True


class Tracer:
    def __init__(self):
        self.current = None
        self.finished = []

    @contextmanager
    def start_span(self, name):
        span = Span(name, self.current)
        self.current = span
        try:
            yield span
        except Exception as exc:
            span.record_exception(exc)
            raise
        finally:
            span.end()
            self.current = span.parent
            self.finished.append(span.name)


tracer = Tracer()


def query(r):
    return r * 2


def render(r):
    raise ValueError(r)


def handle(request):
    with tracer.start_span("handle"):
        with tracer.start_span("db"):
            query(request)
        try:
            with tracer.start_span("render"):
                render(request)
        except ValueError:
            pass


handle(3)
print(tracer.finished)
