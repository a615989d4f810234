import functools


class Report:
    @functools.cached_property
    def data(self):
        return self.load()

    def load(self):
        return [1]


Report().data
