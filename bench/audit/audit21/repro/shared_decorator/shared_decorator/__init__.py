"""Cause A (tqdm #22 #50): one decorator, envwrap, returns `part(func)` (a
functools.partialmethod) for every method it decorates, so the partial made at that one
line holds every decorated __init__; `super().__init__()` from Tk reaches Telegram.__init__
although Tk's MRO is Tk, Base."""
from functools import partial, partialmethod

LOG = []


def envwrap(prefix, is_method=False):
    part = partialmethod if is_method else partial

    def wrap(func):
        return part(func)

    return wrap


class Base:
    @envwrap("base", is_method=True)
    def __init__(self, total=None):
        LOG.append("Base.__init__")
        self.total = total


class Telegram(Base):
    @envwrap("telegram", is_method=True)
    def __init__(self, *args, token=None, **kwargs):
        LOG.append("Telegram.__init__")
        self.token = token
        super().__init__(*args, **kwargs)


class Tk(Base):
    def __init__(self, *args, **kwargs):
        LOG.append("Tk.__init__")
        super().__init__(*args, **kwargs)


def main():
    Tk(total=3)
    tk_log = list(LOG)
    del LOG[:]
    Telegram(total=4, token="x")
    return tk_log, list(LOG), [c.__name__ for c in Tk.__mro__]
