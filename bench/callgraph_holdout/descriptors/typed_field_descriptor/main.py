class Field:
    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return getattr(instance, self.name)

    def __set__(self, instance, value):
        setattr(instance, self.name, self.validate(value))

    def validate(self, value):
        return value


class Positive(Field):
    def validate(self, value):
        if value <= 0:
            raise ValueError(value)
        return value


class Order:
    quantity = Positive()

    def __init__(self, quantity):
        self.quantity = quantity

    def total(self, price):
        return self.quantity * price


Order(3).total(2)
