from .base import Shape


class Square(Shape):
    def area(self):
        return self.size ** 2
