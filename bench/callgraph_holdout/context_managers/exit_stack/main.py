from contextlib import ExitStack


class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def use(self):
        return self.name


def work(names):
    with ExitStack() as stack:
        resources = [stack.enter_context(Resource(n)) for n in names]
        for resource in resources:
            resource.use()


work(["a", "b"])
