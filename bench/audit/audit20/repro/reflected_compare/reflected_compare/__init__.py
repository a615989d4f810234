"""Cause C: `dict(self) <= other` with other a Names: dict gives up, Python runs the
reflection other.__ge__, never other.__le__; the graph draws __le__ -> __le__."""


class Names:
    def __init__(self, **kw):
        self._d = dict(kw)

    def keys(self):
        return self._d.keys()

    def __getitem__(self, k):
        return self._d[k]

    def __le__(self, other):
        return dict(self) <= other  # false: -> Names.__le__; runs Names.__ge__

    def __ge__(self, other):
        return dict(self) >= other


def main():
    a, b = Names(a=1), Names(a=1)
    try:
        a <= b
    except TypeError as e:
        import traceback
        frames = [f.name for f in traceback.extract_tb(e.__traceback__)]
        return frames, str(e)
