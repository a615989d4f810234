import dataclasses
from dataclasses import dataclass


def clamp(value):
    return max(0, min(255, value))


@dataclass(frozen=True)
class Color:
    r: int
    g: int
    b: int

    def __post_init__(self):
        object.__setattr__(self, "r", clamp(self.r))

    def hex(self):
        return "#%02x%02x%02x" % (self.r, self.g, self.b)

    def lighter(self):
        return dataclasses.replace(self, r=self.r + 10)


Color(300, 0, 0).lighter().hex()
