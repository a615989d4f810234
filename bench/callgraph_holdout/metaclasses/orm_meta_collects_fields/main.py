class Field:
    def __init__(self, column_type):
        self.column_type = column_type

    def contribute(self, model, name):
        self.name = name
        model._fields[name] = self

    def to_sql(self):
        return f"{self.name} {self.column_type}"


class ModelMeta(type):
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        cls._fields = {}
        for key, value in list(ns.items()):
            if isinstance(value, Field):
                value.contribute(cls, key)
        return cls

    def create_table_sql(cls):
        cols = ", ".join(f.to_sql() for f in cls._fields.values())
        return f"CREATE TABLE {cls.__name__.lower()} ({cols})"


class Model(metaclass=ModelMeta):
    def __init__(self, **values):
        for k, v in values.items():
            setattr(self, k, v)


class User(Model):
    name = Field("TEXT")
    age = Field("INT")


User.create_table_sql()
User(name="a", age=1)
