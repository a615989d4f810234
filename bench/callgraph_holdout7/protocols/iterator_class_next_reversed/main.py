class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        return CountdownIterator(self.start)

    def __reversed__(self):
        return iter(range(1, self.start + 1))

    def __contains__(self, value):
        return 0 < value <= self.start


class CountdownIterator:
    def __init__(self, current):
        self.current = current

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return label(self.current + 1)


def label(n):
    return f"T-{n}"


launch = Countdown(3)
print(list(launch), list(reversed(launch)), 2 in launch, 7 in launch)
print(dict(zip(launch, "abc")), next(iter(launch)))
