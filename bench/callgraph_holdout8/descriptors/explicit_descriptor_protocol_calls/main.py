class Temperature:
    def __init__(self, celsius):
        self._c = celsius

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, value):
        self._c = (value - 32) * 5 / 9

    def describe(self, unit):
        return f"{self._c:.1f}{unit}"

    @classmethod
    def zero(cls):
        return cls(0)


def announce(self, suffix):
    return self.describe("C") + suffix


t = Temperature(100)
prop = vars(Temperature)["fahrenheit"]
f = prop.__get__(t, Temperature)
prop.__set__(t, 212)
prop.fset(t, 32)
bound = announce.__get__(t, Temperature)
print(f, bound("!"))
zero = vars(Temperature)["zero"].__get__(None, Temperature)()
meth = Temperature.describe.__get__(t)
print(meth("K"), zero._c)
