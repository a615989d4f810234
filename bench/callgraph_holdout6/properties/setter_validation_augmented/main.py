def check_range(value, low, high):
    if not low <= value <= high:
        raise ValueError(value)
    return value


class Volume:
    def __init__(self, level=5):
        self._level = 0
        self.level = level

    @property
    def level(self):
        return self._level

    @level.setter
    def level(self, value):
        self._level = check_range(value, 0, 10)

    @level.deleter
    def level(self):
        self._level = 0


class Slider:
    level = 3

    def move(self):
        self.level += 1
        return self.level


vol = Volume()
vol.level += 2
try:
    vol.level = 42
except ValueError:
    pass
del vol.level
print(vol.level, Slider().move())
