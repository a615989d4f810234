from enum import Enum

G = 6.673e-11


def square(x):
    return x * x


class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return G * self.mass / square(self.radius)

    def weight(self, mass):
        return mass * self.surface_gravity

    def __str__(self):
        return self.name.capitalize()


def heaviest():
    return max(Planet, key=lambda p: p.weight(1))


print([f"{p}: {p.weight(80):.1f}" for p in Planet])
print(str(heaviest()))
