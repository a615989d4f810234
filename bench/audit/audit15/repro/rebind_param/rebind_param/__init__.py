# automat #14: a parameter rebound to a wrapper of itself; the wrapper's inner
# call of the wrapped function x never calls the wrapper (x is only `shout`).
def wrap(x):
    def impl(t):
        return x(t) + "!"
    return impl


def shout(t):
    return t.upper()


def render(fmt=shout):
    fmt = wrap(fmt)
    return fmt("a")


def main():
    return render(shout)
