class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        return CountdownIterator(self.start)


class CountdownIterator:
    def __init__(self, current):
        self.current = current

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current


def launch(countdown):
    for tick in countdown:
        announce(tick)
    return next(iter(countdown))


def announce(tick):
    return tick


launch(Countdown(2))
