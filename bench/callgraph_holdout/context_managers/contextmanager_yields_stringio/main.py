import contextlib
import io


class Report:
    def __init__(self):
        self.lines = []

    def write(self, text):
        self.lines.append(text)

    def close(self):
        return "\n".join(self.lines)


@contextlib.contextmanager
def captured():
    buffer = io.StringIO()
    try:
        yield buffer
    finally:
        buffer.close()  # StringIO.close, not Report.close


def build(report):
    with captured() as out:
        out.write("raw")  # StringIO.write, not Report.write
        report.write(out.getvalue())
    return report.close()


build(Report())
