def require_text(v):
    if not v:
        raise ValueError("empty")
    return v


class Validated:
    def __set_name__(self, owner, name):
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)

    def __set__(self, obj, value):
        setattr(obj, self.private, self.validate(value))

    def validate(self, value):
        return value


class PositiveInt(Validated):
    def validate(self, value):
        if value <= 0:
            raise ValueError(value)
        return int(value)


class NonEmpty(Validated):
    def validate(self, value):
        return require_text(value)


class Product:
    price = PositiveInt()
    name = NonEmpty()

    def __init__(self, name, price):
        self.name = name
        self.price = price

    def label(self):
        return f"{self.name}: {self.price}"


Product("pen", 3).label()
