class Shape:
    def __init__(self, size):
        self.size = size

    def describe(self):
        return "%s of area %s" % (type(self).__name__, self.area())

    def area(self):
        raise NotImplementedError
