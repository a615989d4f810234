class ModelMeta(type):
    def create_table(cls):
        return "CREATE TABLE %s (%s)" % (cls.__name__.lower(), ", ".join(cls.columns()))

    def __len__(cls):
        return len(cls.columns())


class Model(metaclass=ModelMeta):
    @classmethod
    def columns(cls):
        return ["id"]


class User(Model):
    @classmethod
    def columns(cls):
        return super().columns() + ["name"]


def migrate(models):
    return [model.create_table() for model in models]


migrate([User])
len(User)
