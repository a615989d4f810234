class Query:
    def __init__(self, **criteria):
        self.criteria = criteria

    def match(self, row):
        return all(self.test(row.get(field), want) for field, want in self.criteria.items())

    def test(self, value, want):
        if callable(want):
            return want(value)
        return value == want

    def predicate(self):
        return lambda row: self.match(row)

    def sort_key(self, field):
        return lambda row: (row.get(field) is None, normalize(row.get(field)))


def normalize(value):
    return value.lower() if isinstance(value, str) else value


def at_least(n):
    return lambda value: value is not None and value >= n


rows = [
    {"name": "Bob", "age": 41, "team": "ops"},
    {"name": "ada", "age": 36, "team": "dev"},
    {"name": "Cy", "age": 19, "team": "dev"},
]
q = Query(team="dev", age=at_least(21))
print(list(filter(q.predicate(), rows)))
print([r["name"] for r in sorted(rows, key=Query().sort_key("name"))])
