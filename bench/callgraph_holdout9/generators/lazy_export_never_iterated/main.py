"""A report exporter: a debug export generator is created but never iterated (its
body never runs), and the row stream is abandoned after the first match, so the
summary after its loop never runs."""


class Row:
    def __init__(self, key, amount):
        self.key = key
        self.amount = amount

    def render(self):
        return f"{self.key},{self.amount}"


def fetch_rows():
    return [Row("a", 5), Row("b", 50), Row("c", 7)]


def export_rows(rows):
    for row in rows:
        yield row.render()
    yield footer(len(rows))


def footer(n):
    return f"# {n} rows"


def stream(rows):
    for row in rows:
        yield row
    summary(rows)


def summary(rows):
    return sum(r.amount for r in rows)


def first_large(rows, limit):
    for row in stream(rows):
        if row.amount > limit:
            return row
    return None


rows = fetch_rows()
debug_export = export_rows(rows)
print(first_large(rows, 10).key)
