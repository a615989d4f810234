class Expr:
    def __and__(self, other):
        return BooleanClause("AND", self, other)

    def __or__(self, other):
        return BooleanClause("OR", self, other)

    def __invert__(self):
        return Not(self)


class Column(Expr):
    def __init__(self, name):
        self.name = name

    def __eq__(self, value):
        return Binary(self, "=", value)

    def __gt__(self, value):
        return Binary(self, ">", value)

    def __str__(self):
        return self.name


class Binary(Expr):
    def __init__(self, left, op, right):
        self.left, self.op, self.right = left, op, right

    def __str__(self):
        return f"{self.left} {self.op} {self.right!r}"


class BooleanClause(Expr):
    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right

    def __str__(self):
        return f"({self.left} {self.op} {self.right})"


class Not(Expr):
    def __init__(self, inner):
        self.inner = inner

    def __str__(self):
        return f"NOT {self.inner}"


name, age = Column("name"), Column("age")
where = (name == "ada") & ~(age > 30) | (age > 90)
print(str(where))
print(1 == 1, "a" > "b")
