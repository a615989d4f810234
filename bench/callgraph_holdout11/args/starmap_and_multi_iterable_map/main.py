import itertools
import math


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def shifted(self, dx, dy):
        return Point(self.x + dx, self.y + dy)


def make_point(x, y):
    return Point(x, y)


def distance(a, b):
    return math.hypot(b.x - a.x, b.y - a.y)


def load(rows):
    return list(itertools.starmap(make_point, rows))


def route_length(points):
    return sum(map(distance, points, points[1:]))


def apply_offsets(points, offsets):
    dxs, dys = zip(*offsets)
    return list(itertools.starmap(Point.shifted, zip(points, dxs, dys)))


def bounds(points):
    xs, ys = zip(*((p.x, p.y) for p in points))
    return min(xs), min(ys), max(xs), max(ys)


def area(x0, y0, x1, y1):
    return (x1 - x0) * (y1 - y0)


pts = load([(0, 0), (3, 4), (3, 0)])
print(route_length(pts))
moved = apply_offsets(pts, [(1, 0), (0, 1), (1, 1)])
print(area(*bounds(moved)))
