class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    @classmethod
    def from_tuple(cls, pair):
        return cls(*pair)

    @classmethod
    def origin(cls):
        return cls.from_tuple((0, 0))

    def norm(self):
        return abs(self.x) + abs(self.y)


class Vector(Point):
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5


v = Vector.origin()
v.norm()
