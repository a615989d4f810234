import functools


class CountCalls:
    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.func = func
        self.calls = 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.func(*args, **kwargs)


class Timed:
    def __init__(self, clock):
        self.clock = clock

    def __call__(self, func):
        @functools.wraps(func)
        def timed(*args, **kwargs):
            start = self.clock()
            try:
                return func(*args, **kwargs)
            finally:
                timed.elapsed += self.clock() - start
        timed.elapsed = 0
        return timed


def fake_clock(state=[0]):
    state[0] += 5
    return state[0]


@CountCalls
def slugify(title):
    return "-".join(words(title))


def words(text):
    return [w.lower() for w in text.split() if w.isalnum()]


@Timed(fake_clock)
@CountCalls
def publish(title):
    return f"/posts/{slugify(title)}"


if __name__ == "__main__":
    print(publish("Hello World"), publish("Call Graphs 101"))
    print(slugify.calls, slugify.__name__, publish.elapsed, publish.__wrapped__.calls)
