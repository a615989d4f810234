class Field:
    def __init__(self, kind):
        self.kind = kind

    def clean(self, value):
        return self.kind(value)


class OrderedNamespace(dict):
    def __init__(self):
        super().__init__()
        self.order = []

    def __setitem__(self, key, value):
        if isinstance(value, Field):
            self.order.append(key)
        super().__setitem__(key, value)


class FormMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return OrderedNamespace()

    def __new__(mcs, name, bases, namespace):
        cls = super().__new__(mcs, name, bases, dict(namespace))
        cls.field_order = namespace.order
        return cls


class Form(metaclass=FormMeta):
    def __init__(self, data):
        self.data = data

    def clean(self):
        return {name: getattr(type(self), name).clean(self.data[name]) for name in self.field_order}


class Signup(Form):
    age = Field(int)
    name = Field(str)


print(Signup.field_order, Signup({"name": "ada", "age": "36"}).clean())
