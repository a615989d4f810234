class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    @classmethod
    def from_pair(cls, pair):
        return cls(*pair)

    def __repr__(self):
        return f"P({self.x},{self.y})"


class Circle:
    def __init__(self, center, r=1):
        self.center = center
        self.r = r

    def __repr__(self):
        return f"C({self.center!r},{self.r})"


class Square:
    def __init__(self, center, r=1):
        self.center = center
        self.side = 2 * r

    def __repr__(self):
        return f"S({self.center!r},{self.side})"


pairs = [(0, 0), (1, 2)]
points = list(map(Point.from_pair, pairs))
shapes = [cls(p) for cls in (Circle, Square) for p in points]
print(shapes)
nested = [[Point(i, j) for j in range(2)] for i in range(2)]
print(nested[1][1])
