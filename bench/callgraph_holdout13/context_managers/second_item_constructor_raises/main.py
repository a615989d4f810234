class ConfigError(Exception):
    pass


class Lock:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        acquire(self.name)
        return self

    def __exit__(self, *exc):
        release(self.name)


class Output:
    def __init__(self, path):
        if not path.endswith(".csv"):
            raise ConfigError(path)
        self.path = path

    def __enter__(self):
        return open_sink(self.path)

    def __exit__(self, *exc):
        close_sink(self.path)


def acquire(name):
    return f"lock {name}"


def release(name):
    return f"unlock {name}"


def open_sink(path):
    return []


def close_sink(path):
    return path


def export(rows, path):
    with Lock("export") as lock, Output(path) as sink:
        sink.extend(rows)
        write_footer(sink, lock)
    return "done"


def write_footer(sink, lock):
    sink.append(lock.name)


def main():
    try:
        export([1, 2], "report.txt")
    except ConfigError as err:
        print("bad path", err)


main()
