class Source:
    def __eq__(self, other):
        return isinstance(other, Source)

    __hash__ = object.__hash__


class Column(Source):
    def _e(op):  # a plain function run by the class body, not a method: op is a str
        def inner(self, rhs):
            return Expression(self, op, rhs)
        return inner

    __add__ = _e("+")
    __sub__ = _e("-")


class Expression(Column):
    def __init__(self, lhs, op, rhs):
        self.lhs, self.op, self.rhs = lhs, op, rhs

    def sql(self):
        # self.op is always a string: FALSE edge main.Expression.sql -> main.Source.__eq__
        return "IN" if self.op == "in" else self.op


print((Column() + 1).sql())
