# structlog EventAdapter: dictRenderer or DEFAULTS[-1]; list elements are not told apart
# by position. False edge: main.Adapter.__call__ -> main.Stamp.__call__.
class Stamp:
    def __call__(self, d):
        return d


class Render:
    def __call__(self, d):
        return str(d)


DEFAULTS = [Stamp(), Render()]


class Adapter:
    def __init__(self, renderer=None):
        self.renderer = renderer or DEFAULTS[-1]

    def __call__(self, d):
        return self.renderer(d)


Adapter()({})
