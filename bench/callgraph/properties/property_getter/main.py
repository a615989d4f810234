class Circle:
    def __init__(self, r):
        self.r = r

    @property
    def area(self):
        return self.compute()

    def compute(self):
        return 3 * self.r * self.r


Circle(1).area
