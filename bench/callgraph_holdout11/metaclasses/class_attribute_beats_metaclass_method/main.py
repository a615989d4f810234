class ModelMeta(type):
    registry = []

    def __init__(cls, name, bases, namespace):
        super().__init__(name, bases, namespace)
        ModelMeta.registry.append(name)

    def describe(cls):
        return f"model {cls.__name__} ({len(cls.fields())} fields)"

    def table(cls):
        return cls.__name__.lower() + "s"


class Model(metaclass=ModelMeta):
    @classmethod
    def fields(cls):
        return [k for k, v in vars(cls).items() if isinstance(v, str) and not k.startswith("_")]

    @classmethod
    def describe(cls):
        return f"{cls.table()}: {', '.join(cls.fields())}"


class User(Model):
    name = "text"
    email = "text"


print(User.describe(), User.table(), ModelMeta.registry)
