class Circle:
    def area(self):
        return 3


class Square:
    def area(self):
        return 4


def total(shape):
    return shape.area()


total(Circle())
total(Square())
