class Sink:
    def __init__(self):
        self.rows = []
        self.errors = []

    def write(self, row):
        self.rows.append(row)

    def flush(self):
        self.rows.append("--flush--")


class BadRow(Exception):
    pass


def on_error(sink, exc):
    sink.errors.append(str(exc))


def writer(sink):
    count = 0
    try:
        while True:
            try:
                row = yield count
            except BadRow as exc:
                on_error(sink, exc)
                continue
            sink.write(row)
            count += 1
    except GeneratorExit:
        sink.flush()
        raise


def run():
    sink = Sink()
    gen = writer(sink)
    next(gen)
    gen.send("a")
    gen.throw(BadRow("b"))
    gen.send("c")
    gen.close()
    return sink.rows, sink.errors


print(run())
