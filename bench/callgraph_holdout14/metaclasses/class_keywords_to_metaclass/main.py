def snake(name):
    return "".join("_" + c.lower() if c.isupper() else c for c in name).lstrip("_")


def check_columns(name, columns):
    bad = [c for c in columns if not c.isidentifier()]
    if bad:
        raise TypeError(f"{name}: bad columns {bad}")


class TableMeta(type):
    tables = {}

    def __new__(mcls, name, bases, namespace, table=None, columns=()):
        cls = super().__new__(mcls, name, bases, namespace)
        if bases:
            cls.table = table or snake(name)
            cls.columns = tuple(columns)
        return cls

    def __init__(cls, name, bases, namespace, **kwargs):
        super().__init__(name, bases, namespace)
        if bases:
            check_columns(name, cls.columns)
            TableMeta.tables[cls.table] = cls

    def create_sql(cls):
        return f"CREATE TABLE {cls.table} ({', '.join(cls.columns)})"


class Model(metaclass=TableMeta):
    def __init__(self, **values):
        self.values = values

    def insert_sql(self):
        cells = ", ".join(repr(self.values[c]) for c in self.columns)
        return f"INSERT INTO {self.table} VALUES ({cells})"


class UserAccount(Model, columns=("id", "email")):
    pass


class Order(Model, table="orders", columns=("id", "user_id", "total")):
    pass


for table, cls in TableMeta.tables.items():
    print(cls.create_sql())
print(UserAccount(id=1, email="a@x").insert_sql())
