"""An exporter zipping header names with a column generator; zip stops before the generator's tail."""


class Cursor:
    def __init__(self, rows):
        self.rows = rows
        self.open = True

    def fetch(self, i):
        return self.rows[i]

    def close(self):
        self.open = False


def headers(schema):
    for name in schema:
        yield name.upper()


def summary_row(cursor):
    return ("total", len(cursor.rows))


def columns(cursor, count):
    for i in range(count):
        yield cursor.fetch(i)
    cursor.close()  # only reached if someone resumes the generator after its last row
    yield summary_row(cursor)


def export(schema, cursor):
    return [f"{h}={c}" for h, c in zip(headers(schema), columns(cursor, len(cursor.rows)))]


cur = Cursor([1, 2])
print(export(["id", "qty"], cur), cur.open)
