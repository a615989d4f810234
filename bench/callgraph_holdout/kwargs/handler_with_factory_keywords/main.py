class Part:
    def __init__(self, size):
        self.size = size


def build(size, factory):
    return factory(size)


def run(handler, **options):
    return handler(**options)


run(build, size=3, factory=Part)
