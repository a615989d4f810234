from contextlib import ExitStack


class Resource:
    opened = []

    def __init__(self, name):
        self.name = name

    def __enter__(self):
        Resource.opened.append(self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        Resource.opened.remove(self.name)
        return False

    def read(self):
        return self.name.upper()


def report(names):
    print("closed", names)


def merge(names):
    with ExitStack() as stack:
        handles = [stack.enter_context(Resource(n)) for n in names]
        stack.callback(report, list(names))
        return "+".join(h.read() for h in handles)


print(merge(["a.txt", "b.txt"]), Resource.opened)
