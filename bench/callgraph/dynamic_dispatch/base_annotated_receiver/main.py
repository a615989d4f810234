class Shape:
    def area(self):
        raise NotImplementedError


class Circle(Shape):
    def area(self):
        return 3


class Square(Shape):
    def area(self):
        return 4


def total(shapes: list[Shape]):
    return sum(s.area() for s in shapes)


total([Circle(), Square()])
