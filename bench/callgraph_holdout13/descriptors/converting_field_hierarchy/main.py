class Field:
    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)

    def __set__(self, obj, value):
        setattr(obj, self.name, self.convert(value))

    def convert(self, value):
        return value


class Integer(Field):
    def convert(self, value):
        return int(value)


class Bounded(Integer):
    def __init__(self, low, high):
        self.low, self.high = low, high

    def __set__(self, obj, value):
        super().__set__(obj, clamp(int(value), self.low, self.high))


def clamp(value, low, high):
    return max(low, min(high, value))


class Pixel:
    x = Integer()
    y = Integer()
    alpha = Bounded(0, 255)
    label = Field()

    def __init__(self, x, y, alpha, label):
        self.x, self.y, self.alpha, self.label = x, y, alpha, label

    def moved(self, dx):
        return Pixel(self.x + dx, self.y, self.alpha, self.label)


def main():
    p = Pixel("3", 4.7, 300, "dot").moved(2)
    print(p.x, p.y, p.alpha, p.label, type(Pixel.x).__name__)


main()
