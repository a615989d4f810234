class Field:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default
        self.name = None

    def contribute_to_class(self, cls, name):
        self.name = name
        cls._fields[name] = self

    def clean(self, value):
        return self.kind(value)


class ModelBase(type):
    def __new__(mcs, name, bases, attrs):
        fields = {k: v for k, v in attrs.items() if isinstance(v, Field)}
        for key in fields:
            attrs.pop(key)
        cls = super().__new__(mcs, name, bases, attrs)
        cls._fields = {}
        for base in reversed(cls.__mro__[1:]):
            cls._fields.update(getattr(base, "_fields", {}))
        for key, field in fields.items():
            field.contribute_to_class(cls, key)
        return cls


class Model(metaclass=ModelBase):
    def __init__(self, **values):
        for name, field in self._fields.items():
            setattr(self, name, field.clean(values.get(name, field.default)))


class Product(Model):
    sku = Field(str)
    price = Field(float, 0)


class Book(Product):
    pages = Field(int, 1)


book = Book(sku=123, pages="300")
print(book.sku, book.price, book.pages, sorted(Book._fields))
