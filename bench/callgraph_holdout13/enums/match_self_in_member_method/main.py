from enum import Enum, IntEnum


def ground_rate(weight):
    return 5 + weight


def air_rate(weight):
    return 20 + 3 * weight


def courier_rate(weight):
    return 50


class Priority(IntEnum):
    LOW = 1
    NORMAL = 2
    HIGH = 3

    def bump(self):
        return Priority(min(self + 1, Priority.HIGH))


class Carrier(Enum):
    GROUND = "ground"
    AIR = "air"
    COURIER = "courier"

    def price(self, weight):
        match self:
            case Carrier.GROUND:
                return ground_rate(weight)
            case Carrier.AIR:
                return air_rate(weight)
            case _:
                return courier_rate(weight)

    @classmethod
    def for_priority(cls, priority):
        return [cls.GROUND, cls.AIR, cls.COURIER][priority - 1]


def quote(weight, priority):
    carrier = Carrier.for_priority(priority)
    return carrier.value, carrier.price(weight)


def main():
    for p in Priority:
        print(p.name, quote(2, p), quote(2, p.bump()))


main()
