"""`is None` / `is not None` compare identity: `__eq__` and `__bool__` are not asked."""


def close_enough(a, b):
    return abs(a - b) < 0.01


def is_valid(value):
    return value == value and value > -273.15


class Reading:
    def __init__(self, value):
        self.value = value

    def __eq__(self, other):
        return isinstance(other, Reading) and close_enough(self.value, other.value)

    __hash__ = None

    def __bool__(self):
        return is_valid(self.value)


def latest(readings):
    result = None
    for r in readings:
        if r is not None:
            result = r
    return result


def changed(previous, current):
    if previous is None or current is None:
        return True
    return not previous == current


history = [Reading(20.0), None, Reading(20.004), Reading(21.5)]
prev = None
for reading in history:
    print(changed(prev, reading))
    prev = reading if reading is not None else prev
print(latest(history).value)
