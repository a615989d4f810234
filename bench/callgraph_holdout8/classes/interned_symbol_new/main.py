class Symbol:
    _table = {}

    def __new__(cls, name):
        existing = cls._table.get(name)
        if existing is not None:
            return existing
        obj = super().__new__(cls)
        cls._table[name] = obj
        obj._setup(name)
        return obj

    def __init__(self, name):
        self.uses = getattr(self, "uses", 0) + 1

    def _setup(self, name):
        self.name = name

    def __repr__(self):
        return f"Symbol({self.name!r}, uses={self.uses})"


class Keyword(Symbol):
    def _setup(self, name):
        super()._setup(name.upper())


def intern_all(names):
    return [Symbol(n) for n in names]


a, b, c = intern_all(["x", "y", "x"])
kw = Keyword("if")
print(a is c, repr(kw), a)
