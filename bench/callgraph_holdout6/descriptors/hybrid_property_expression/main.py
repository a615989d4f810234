class Column:
    def __init__(self, name):
        self.name = name

    def __add__(self, other):
        return Column(f"{self.name} || {other.name if isinstance(other, Column) else repr(other)}")


class hybrid_property:
    def __init__(self, fget, expr=None):
        self.fget = fget
        self.expr = expr or fget

    def expression(self, expr):
        return hybrid_property(self.fget, expr)

    def __get__(self, instance, owner):
        if instance is None:
            return self.expr(owner)
        return self.fget(instance)


class User:
    first = Column("first")
    last = Column("last")

    def __init__(self, first, last):
        self.first = first
        self.last = last

    @hybrid_property
    def full_name(self):
        return self.first + " " + self.last

    @full_name.expression
    def full_name(cls):
        return cls.first + " " + cls.last


print(User("Ada", "Lovelace").full_name)
print(User.full_name.name)
