class Row:
    def __init__(self, values):
        self.values = values

    def __getitem__(self, key):
        return self.values[key]  # the list's __getitem__

    def __len__(self):
        return len(self.values)


class ResultSet:
    def __init__(self, rows):
        self.rows = [Row(r) for r in rows]

    def __iter__(self):
        return iter(self.rows)

    def __len__(self):
        return len(self.rows)

    def __contains__(self, value):
        return any(value in row.values for row in self.rows)

    def __getitem__(self, index):
        return self.rows[index]

    def __call__(self, column):
        return [row[column] for row in self]

    def __bool__(self):
        return bool(self.rows)


rs = ResultSet([[1, 2], [3, 4]])
if rs and 3 in rs:
    first = rs[0]
    width = len(first)
    col = rs(1)
