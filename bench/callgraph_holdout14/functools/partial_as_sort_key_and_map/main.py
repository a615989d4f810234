import functools
import math


def distance(origin, point):
    return math.dist(origin, point)


def scale(point, factor=1.0, offset=(0, 0)):
    return (point[0] * factor + offset[0], point[1] * factor + offset[1])


def label(point, prefix):
    return f"{prefix}{point[0]:.0f}/{point[1]:.0f}"


class Map:
    def __init__(self, points):
        self.points = points

    def nearest(self, origin, count=2):
        return sorted(self.points, key=functools.partial(distance, origin))[:count]

    def transformed(self, **options):
        return list(map(functools.partial(scale, **options), self.points))


def render(points, prefix="P"):
    to_label = functools.partial(label, prefix=prefix)
    return ", ".join(to_label(p) for p in points)


city = Map([(0, 0), (3, 4), (6, 8), (1, 1)])
print(render(city.nearest((2, 2))))
print(render(city.transformed(factor=2, offset=(1, 1)), prefix="Q"))
