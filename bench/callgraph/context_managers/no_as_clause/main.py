class Timer:
    def __init__(self):
        self.started = False

    def __enter__(self):
        self.started = True

    def __exit__(self, *exc):
        self.started = False


def measure():
    with Timer():
        pass


measure()
