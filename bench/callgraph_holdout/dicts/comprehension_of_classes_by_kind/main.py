class Circle:
    kind = "circle"

    def __init__(self, size):
        self.size = size

    def area(self):
        return 3 * self.size ** 2


class Square:
    kind = "square"

    def __init__(self, size):
        self.size = size

    def area(self):
        return self.size ** 2


class Triangle:
    kind = "triangle"

    def __init__(self, size):
        self.size = size

    def area(self):
        return self.size ** 2 / 2


SHAPES = {cls.kind: cls for cls in (Circle, Square)}


def total(specs):
    return sum(SHAPES[kind](size).area() for kind, size in specs)


total([("circle", 1), ("square", 2)])
