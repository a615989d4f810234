import math
from abc import ABC, abstractmethod


class Shape(ABC):
    def __init__(self, name):
        self.name = name

    @abstractmethod
    def area(self):
        ...

    def perimeter(self):
        return 0.0

    def describe(self):
        return f"{self.name}: area={self.area():.2f} perimeter={self.perimeter():.2f}"


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"


class Point(Shape):
    def area(self):
        return 0.0


def total_area(shapes):
    return sum(shape.area() for shape in shapes)


if __name__ == "__main__":
    shapes = [Circle(1), Rect(2, 3), Square(2), Point("point")]
    for shape in shapes:
        print(shape.describe())
    print(round(total_area(shapes), 2))
