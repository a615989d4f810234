class Timer:
    def __init__(self, label):
        self.label = label

    def __call__(self, func):
        def timed(*args):
            start = clock()
            result = func(*args)
            report(self.label, clock() - start)
            return result

        return timed


def clock():
    return 0


def report(label, elapsed):
    return (label, elapsed)


@Timer("compute")
def compute(n):
    return n * n


compute(3)
