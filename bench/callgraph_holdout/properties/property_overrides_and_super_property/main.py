class Shape:
    @property
    def area(self):
        return 0

    @property
    def label(self):
        return f"{type(self).__name__}({self.area})"

    def describe(self):
        return self.label


class Rect(Shape):
    def __init__(self, w, h):
        self.w = w
        self.h = h

    @property
    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)

    @property
    def label(self):
        return "square " + super().label


Square(2).describe()
Rect(1, 2).label
