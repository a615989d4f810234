import contextlib


class Resource:
    def __init__(self, name, log):
        self.name = name
        self.log = log

    def __enter__(self):
        self.log.append(f"open {self.name}")
        return self

    def __exit__(self, *exc):
        self.log.append(f"close {self.name}")
        return False


class Pipeline:
    def __init__(self, names, log):
        with contextlib.ExitStack() as stack:
            self.resources = [stack.enter_context(Resource(n, log)) for n in names]
            stack.callback(flush_metrics, log)
            validate(self.resources)
            self._stack = stack.pop_all()  # keep everything open past __init__

    def run(self):
        return [r.name.upper() for r in self.resources]

    def close(self):
        self._stack.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def flush_metrics(log):
    log.append("flush metrics")


def validate(resources):
    if not resources:
        raise ValueError("nothing to run")


def main():
    log = []
    with Pipeline(["db", "queue"], log) as pipeline:
        print(pipeline.run())
    try:
        Pipeline([], log)
    except ValueError:
        log.append("failed")
    return log


if __name__ == "__main__":
    print(main())
