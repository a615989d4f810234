class Shape:
    def __init__(self, name):
        self._name = name

    def _get_name(self):
        return self._name

    def _set_name(self, value):
        self._name = clean(value)

    name = property(_get_name, _set_name, doc="the shape's name")

    @property
    def title(self):
        return self.name.title()


class Circle(Shape):
    def __init__(self, radius):
        super().__init__("circle")
        self.radius = radius

    @property
    def title(self):
        return f"{super().title} (r={self.radius})"

    @property
    def area(self):
        return round(3.14159 * self.radius ** 2, 2)


def clean(value):
    return value.strip().lower()


c = Circle(2)
c.name = "  Round Circle "
print(c.title, c.area, Shape("sq").title)
