__all__ = ["make_square"]


class Square:
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side


def make_square(side):
    return Square(side)
