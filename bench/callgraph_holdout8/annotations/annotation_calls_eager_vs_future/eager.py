from typing import Annotated


def unit(name):
    return name


def measure(value: Annotated[float, unit("m")]) -> Annotated[float, unit("m2")]:
    return value * value


class Box:
    width: Annotated[float, unit("cm")] = 1.0

    def area(self) -> Annotated[float, unit("cm2")]:
        return self.width * self.width
