"""Annotations of parameters, returns, module and class names are evaluated; of locals, not."""


def list_of(kind):
    return list


def checked(kind):
    raise RuntimeError("local annotations are never evaluated")


def unit(name):
    return float


Readings = list_of(float)
threshold: unit("celsius") = 21.5


def mean(values: list_of(float)) -> unit("celsius"):
    total: checked(float) = 0.0
    for v in values:
        total += v
    count: checked(int) = len(values)
    return total / count


def above(values: Readings, limit: unit("celsius") = threshold) -> list_of(float):
    hot: checked(list) = [v for v in values if v > limit]
    return hot


class Sensor:
    unit_name: unit("label") = "C"

    def __init__(self, name: str, readings: list_of(float)) -> None:
        self.name = name
        self.readings: checked(list) = list(readings)

    def report(self) -> str:
        avg: checked(float) = mean(self.readings)
        return f"{self.name}: mean {avg:.1f}, {len(above(self.readings))} above {threshold}"


sensor = Sensor("lab", [19.0, 22.5, 23.0])
print(sensor.report())
