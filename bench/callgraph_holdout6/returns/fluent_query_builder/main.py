class Cache:
    def all(self):
        raise RuntimeError("unused")

    def filter(self, **kw):
        raise RuntimeError("unused")


class Query:
    def __init__(self, rows):
        self.rows = rows
        self.conditions = []
        self.order = None
        self.count = None

    def filter(self, **conditions):
        self.conditions.extend(conditions.items())
        return self

    def order_by(self, field):
        self.order = field
        return self

    def limit(self, count):
        self.count = count
        return self

    def _matches(self, row):
        return all(row.get(k) == v for k, v in self.conditions)

    def all(self):
        rows = [r for r in self.rows if self._matches(r)]
        if self.order:
            rows.sort(key=lambda r: r[self.order])
        return rows[: self.count]

    def first(self):
        rows = self.limit(1).all()
        return rows[0] if rows else None


class Manager:
    def __init__(self, rows):
        self.rows = rows

    def query(self):
        return Query(self.rows)


users = Manager([{"name": "b", "active": True}, {"name": "a", "active": True}, {"name": "c", "active": False}])
print(users.query().filter(active=True).order_by("name").limit(5).all())
print(users.query().filter(name="c").first())
