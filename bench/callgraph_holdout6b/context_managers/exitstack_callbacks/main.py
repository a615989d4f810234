import contextlib


class Resource:
    def __init__(self, name, log):
        self.name, self.log = name, log

    def __enter__(self):
        self.log.append(f"open {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        self.log.append(f"close {self.name}")
        return False


def remove_temp(path, log):
    log.append(f"rm {path}")


def report_errors(exc_type, exc, tb):
    if exc_type is not None:
        record_error(exc)
    return True


def record_error(exc):
    ERRORS.append(str(exc))


ERRORS = []


def process(names, fail=False):
    log = []
    with contextlib.ExitStack() as stack:
        stack.push(report_errors)
        files = [stack.enter_context(Resource(n, log)) for n in names]
        stack.callback(remove_temp, "/tmp/x", log)
        if fail:
            raise ValueError("disk full")
        log.append(f"using {len(files)}")
    return log


print(process(["a", "b"]))
print(process(["c"], fail=True), ERRORS)
