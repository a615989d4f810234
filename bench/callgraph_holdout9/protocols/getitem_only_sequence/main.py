"""A CSV-like result set exposing only __getitem__ and __len__ (the old sequence
protocol): for-loops, `in`, list(), unpacking and reversed() all go through
__getitem__ (reversed() also through __len__)."""


class Row:
    def __init__(self, values):
        self.values = values

    def __eq__(self, other):
        return isinstance(other, Row) and self.values == other.values

    def __repr__(self):
        return f"Row{tuple(self.values)}"


class ResultSet:
    def __init__(self, text):
        self.lines = text.strip().splitlines()

    def __getitem__(self, index):
        if index >= len(self.lines):
            raise IndexError(index)
        return Row(split_line(self.lines[index]))

    def __len__(self):
        return len(self.lines)


def split_line(line):
    return [cell.strip() for cell in line.split(",")]


results = ResultSet("a, 1\nb, 2\nc, 3")
for row in results:
    print(row)
print(Row(["b", "2"]) in results)
first, *rest = results
print(list(reversed(results)))
