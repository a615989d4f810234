import copy


class Shape:
    registry = {}

    def __init__(self, name, color):
        self.name = name
        self.color = color
        self.points = self.default_points()
        Shape.registry[name] = self

    def default_points(self):
        return []

    def clone(self, **changes):
        """Prototype copy: a new instance without running __init__ again."""
        twin = object.__new__(type(self))
        twin.__dict__.update(self.__dict__, points=list(self.points))
        twin.__dict__.update(changes)
        return twin

    def describe(self):
        return f"{self.name}/{self.color}/{len(self.points)}"


class Square(Shape):
    def default_points(self):
        return [(0, 0), (0, 1), (1, 1), (1, 0)]

    def scaled(self, k):
        twin = copy.copy(self)
        twin.points = [(x * k, y * k) for x, y in self.points]
        return twin


base = Square("sq", "red")
blue = base.clone(color="blue")
big = blue.scaled(3)
print(base.describe(), blue.describe(), big.describe(), sorted(Shape.registry))
