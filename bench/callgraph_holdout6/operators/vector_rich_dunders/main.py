import math


class Vector:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)

    def __rmul__(self, k):
        return self * k

    def __neg__(self):
        return self * -1

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)

    def __lt__(self, other):
        return abs(self) < abs(other)

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return f"V({self.x}, {self.y})"


a, b = Vector(3, 4), Vector(1, 1)
c = 2 * a + -b
print(c, abs(a), a == Vector(3, 4), sorted([a, b]), len({a, Vector(3, 4)}))
print(3 * 4 == 12, [1, 2] + [3])
