class Celsius:
    def __set_name__(self, owner, name):
        self.private = "_" + name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return getattr(instance, self.private)

    def __set__(self, instance, value):
        setattr(instance, self.private, check_range(float(value)))


class Fahrenheit:
    def __get__(self, instance, owner=None):
        return to_fahrenheit(instance.celsius)

    def __set__(self, instance, value):
        instance.celsius = to_celsius(float(value))


def check_range(value):
    if value < -273.15:
        raise ValueError("below absolute zero")
    return value


def to_fahrenheit(c):
    return c * 9 / 5 + 32


def to_celsius(f):
    return (f - 32) * 5 / 9


class Thermostat:
    celsius = Celsius()
    fahrenheit = Fahrenheit()

    def __init__(self, celsius):
        self.celsius = celsius

    def raise_by(self, degrees_f):
        self.fahrenheit += degrees_f

    def __repr__(self):
        return f"Thermostat({self.celsius:.1f}C / {self.fahrenheit:.1f}F)"


if __name__ == "__main__":
    t = Thermostat(20)
    t.raise_by(9)
    t.fahrenheit = 212
    print(t, Thermostat.celsius.private)
