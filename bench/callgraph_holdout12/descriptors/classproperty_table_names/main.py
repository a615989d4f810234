class classproperty:
    def __init__(self, fget):
        self.fget = fget

    def __get__(self, instance, owner):
        return self.fget(owner)


def snake_case(name):
    return "".join("_" + c.lower() if c.isupper() else c for c in name).lstrip("_")


class Model:
    fields = ()

    @classproperty
    def table_name(cls):
        return snake_case(cls.__name__) + "s"

    @classproperty
    def columns(cls):
        return ", ".join(("id",) + cls.fields)

    @classmethod
    def select(cls):
        return f"SELECT {cls.columns} FROM {cls.table_name}"

    def __init__(self, **values):
        self.values = values

    def insert(self):
        keys = ", ".join(self.values)
        return f"INSERT INTO {self.table_name} ({keys})"


class User(Model):
    fields = ("name", "email")


class OrderLine(Model):
    fields = ("sku",)


if __name__ == "__main__":
    print(User.table_name, OrderLine.select())
    print(User(name="ada").insert())
