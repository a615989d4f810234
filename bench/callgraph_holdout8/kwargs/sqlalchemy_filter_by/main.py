class Column:
    def __init__(self, name):
        self.name = name


class Criterion:
    def __init__(self, column, value):
        self.column = column
        self.value = value

    def matches(self, row):
        return row.get(self.column.name) == self.value


class User:
    __tablename__ = "users"
    columns = {"name": Column("name"), "age": Column("age")}


class Query:
    def __init__(self, model, rows, criteria=()):
        self.model = model
        self.rows = rows
        self.criteria = list(criteria)

    def filter_by(self, **kwargs):
        new = [Criterion(self.model.columns[key], value) for key, value in kwargs.items()]
        return Query(self.model, self.rows, self.criteria + new)

    def first(self):
        for row in self.rows:
            if all(c.matches(row) for c in self.criteria):
                return row
        return None

    def count(self):
        return sum(1 for row in self.rows if all(c.matches(row) for c in self.criteria))


class Session:
    def __init__(self, **options):
        self.options = dict(options)
        self.data = {"users": [{"name": "ann", "age": 30}, {"name": "bob", "age": 30}]}

    def query(self, model):
        return Query(model, self.data[model.__tablename__])


def sessionmaker(**defaults):
    def make(**overrides):
        return Session(**{**defaults, **overrides})
    return make


SessionLocal = sessionmaker(autoflush=False)
session = SessionLocal(echo=True)
print(session.query(User).filter_by(age=30).filter_by(name="bob").first())
print(session.query(User).filter_by(age=30).count())
