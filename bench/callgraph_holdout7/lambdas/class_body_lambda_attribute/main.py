def normalize(text):
    return " ".join(text.lower().split())


def by_length(item):
    return len(item)


class Column:
    def __init__(self, name, key=None):
        self.name = name
        self.key = key or (lambda row: row[name])


class Table:
    sort_key = lambda self, row: normalize(row["title"])  # noqa: E731
    columns = [Column("title"), Column("size", key=lambda row: by_length(row["body"]))]

    def __init__(self, rows):
        self.rows = rows

    def ordered(self):
        return sorted(self.rows, key=lambda row: self.sort_key(row))

    def render(self):
        return [[col.key(row) for col in self.columns] for row in self.ordered()]


table = Table([{"title": "  Zeta File", "body": "xx"}, {"title": "alpha", "body": "xyz"}])
print(table.render())
