class Closeable:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False

    def close(self):
        return None


class LogFile(Closeable):
    def __init__(self, name):
        self.name = name
        self.lines = []

    def write(self, line):
        self.lines.append(line)

    def close(self):
        flush(self.lines)


def flush(lines):
    return len(lines)


with LogFile("app.log") as log:
    log.write("start")
