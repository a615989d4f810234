class Lookup:
    def __init__(self, field, value):
        self.field = field
        self.value = value


class Exact(Lookup):
    def matches(self, row):
        return row[self.field] == self.value


class GreaterOrEqual(Lookup):
    def matches(self, row):
        return row[self.field] >= self.value


class StartsWith(Lookup):
    def matches(self, row):
        return str(row[self.field]).startswith(self.value)


LOOKUPS = {"exact": Exact, "gte": GreaterOrEqual, "startswith": StartsWith}


class QuerySet:
    def __init__(self, rows, lookups=()):
        self.rows = rows
        self.lookups = list(lookups)

    def where(self, **conditions):
        lookups = [self._build(key, value) for key, value in conditions.items()]
        return QuerySet(self.rows, self.lookups + lookups)

    def _build(self, key, value):
        field, _, name = key.partition("__")
        return LOOKUPS[name or "exact"](field, value)

    def __iter__(self):
        return (row for row in self.rows if all(lk.matches(row) for lk in self.lookups))


people = QuerySet([{"name": "ada", "age": 36}, {"name": "alan", "age": 17}, {"name": "bob", "age": 40}])
adults = people.where(age__gte=18).where(name__startswith="a")
print([row["name"] for row in adults])
