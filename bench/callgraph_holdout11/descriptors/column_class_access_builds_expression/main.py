class Expr:
    def __init__(self, column, op, value):
        self.column, self.op, self.value = column, op, value

    def compile(self):
        return f"{self.column.name} {self.op} {quote(self.value)}"


class Column:
    """Class access gives the column (for building queries), instance access the value."""

    def __set_name__(self, owner, name):
        self.name = name
        owner.columns = [*getattr(owner, "columns", []), name]

    def __get__(self, instance, owner):
        if instance is None:
            return self
        return instance.__dict__.get(self.name)

    def __set__(self, instance, value):
        instance.__dict__[self.name] = value

    def __eq__(self, value):
        return Expr(self, "=", value)

    def __gt__(self, value):
        return Expr(self, ">", value)

    __hash__ = object.__hash__


def quote(value):
    return f"'{value}'" if isinstance(value, str) else str(value)


class User:
    name = Column()
    age = Column()

    def __init__(self, name, age):
        self.name = name
        self.age = age


def select(model, *conditions):
    where = " AND ".join(c.compile() for c in conditions)
    return f"SELECT {', '.join(model.columns)} FROM {model.__name__.lower()} WHERE {where}"


print(select(User, User.name == "ada", User.age > 30))
u = User("bob", 41)
print(u.name, u.age)
