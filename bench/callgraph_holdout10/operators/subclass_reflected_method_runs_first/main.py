"""Units: when the right operand's type is a subclass overriding the reflected method, it runs first."""


class Quantity:
    def __init__(self, value, unit):
        self.value, self.unit = value, unit

    def __add__(self, other):
        return Quantity(self.value + convert(other, self.unit), self.unit)

    def __radd__(self, other):
        return self.__add__(other)

    def __lt__(self, other):
        return self.value < convert(other, self.unit)

    def __gt__(self, other):
        return self.value > convert(other, self.unit)


class Length(Quantity):
    def __radd__(self, other):
        return Length(convert(other, self.unit) + self.value, self.unit)

    def __gt__(self, other):
        return self.value > convert(other, self.unit)


def convert(q, unit):
    factor = {("cm", "m"): 0.01, ("m", "cm"): 100}.get((q.unit, unit), 1)
    return q.value * factor


base = Quantity(2, "m")
tall = Length(150, "cm")
total = base + tall  # Length overrides __radd__, so tall.__radd__(base) is tried first
shorter = base < tall  # likewise the subclass's reflected __gt__ before Quantity.__lt__
print(total.value, total.unit, shorter)
