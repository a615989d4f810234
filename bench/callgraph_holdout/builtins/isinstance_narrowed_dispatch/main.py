class Circle:
    def __init__(self, r):
        self.r = r

    def radius(self):
        return self.r


class Square:
    def __init__(self, s):
        self.s = s

    def side(self):
        return self.s


class Resource:
    def close(self):
        return True


def describe(shape):
    if isinstance(shape, Circle):
        return shape.radius() * 3
    return shape.side() ** 2


def finish(obj):
    if hasattr(obj, "close"):
        obj.close()
    if callable(obj):
        obj()


for item in [Circle(1), Square(2)]:
    describe(item)
finish(Resource())
finish(Circle(3))
