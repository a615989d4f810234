class Circle:
    def __init__(self, r):
        self.r = r


class Square:
    def __init__(self, side):
        self.side = side


def circle_area(shape):
    return 3.14 * shape.r ** 2


def square_area(shape):
    return shape.side ** 2


AREAS = {Circle: circle_area, Square: square_area}


def area(shape):
    return AREAS[type(shape)](shape)


area(Circle(1))
area(Square(2))
