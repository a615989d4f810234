class Temperature:
    def __init__(self, kelvin):
        self._kelvin = kelvin

    @property
    def celsius(self):
        return self._kelvin - 273

    @celsius.setter
    def celsius(self, value):
        self.kelvin = value + 273

    @celsius.deleter
    def celsius(self):
        reset(self)

    @property
    def kelvin(self):
        return self._kelvin

    @kelvin.setter
    def kelvin(self, value):
        self._kelvin = check(value)


def check(value):
    return max(value, 0)


def reset(temperature):
    temperature._kelvin = 0


t = Temperature(300)
t.celsius = 20
del t.celsius
