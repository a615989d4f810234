from abc import ABC, abstractmethod


class Serializer(ABC):
    @abstractmethod
    def dump(self, obj):
        ...

    def dumps(self, objects):
        return [self.dump(o) for o in objects]


class PointSerializer(Serializer):
    def dump(self, obj):
        return {"x": obj.x, "y": obj.y}


class LineSerializer(Serializer):
    def __init__(self):
        self.points = PointSerializer()

    def dump(self, obj):
        return {"a": self.points.dump(obj.a), "b": self.points.dump(obj.b)}


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


class Line:
    def __init__(self, a, b):
        self.a, self.b = a, b


SERIALIZERS = {Point: PointSerializer, Line: LineSerializer}


def serializer_for(obj):
    return SERIALIZERS[type(obj)]()


shapes = [Point(1, 2), Line(Point(0, 0), Point(3, 4))]
print([serializer_for(s).dump(s) for s in shapes])
print(PointSerializer().dumps([Point(5, 6)]))
