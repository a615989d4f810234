class Validated:
    def __set_name__(self, owner, name):
        self.public = name
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
        value = int(value)
        if value <= 0:
            raise ValueError(f"{self.public} must be positive")
        return value


class NonEmpty(Validated):
    def validate(self, value):
        value = str(value).strip()
        if not value:
            raise ValueError(f"{self.public} is empty")
        return value


class Item:
    name = NonEmpty()
    quantity = PositiveInt()

    def __init__(self, name, quantity):
        self.name = name
        self.quantity = quantity

    def total(self, price):
        return self.quantity * price


item = Item(" bolt ", "12")
print(item.name, item.total(3), type(Item.__dict__["name"]).__name__)
