import math


class Vector:
    def __init__(self, *coords):
        self.coords = coords

    def scaled(self, k):
        return Vector(*(c * k for c in self.coords))  # always the base class

    def __add__(self, other):
        return type(self)(*(a + b for a, b in zip(self.coords, other.coords)))

    def norm(self):
        return math.sqrt(sum(c * c for c in self.coords))

    def describe(self):
        return f"Vector{self.coords} |{self.norm():.2f}|"


class Velocity(Vector):
    def describe(self):
        return f"{self.norm():.1f} m/s heading {self.heading():.0f} deg"

    def heading(self):
        return math.degrees(math.atan2(self.coords[1], self.coords[0]))


def report_boost(v):
    return v.scaled(2).describe()


def report_drift(v, wind):
    return (v + wind).describe()


v = Velocity(3.0, 4.0)
print(report_boost(v), report_drift(v, Velocity(1.0, 0.0)))
