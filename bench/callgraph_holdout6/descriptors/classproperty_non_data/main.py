class classproperty:
    def __init__(self, fget):
        self.fget = fget

    def __get__(self, instance, owner):
        return self.fget(owner)


class Lazy:
    def __init__(self, factory):
        self.factory = factory
        self.name = None

    def __get__(self, instance, owner):
        if instance is None:
            return self
        value = self.factory(instance)
        instance.__dict__["cached"] = value
        return value


def table_name_for(cls):
    return cls.__name__.lower() + "s"


def expensive(obj):
    return obj.n * 10


class Model:
    @classproperty
    def table(cls):
        return table_name_for(cls)

    cached = Lazy(expensive)

    def __init__(self, n):
        self.n = n


class User(Model):
    pass


u = User(4)
print(Model.table, User.table, u.cached, u.cached, Model.cached.factory.__name__)
