class CsvReader:
    """Defines __next__ too, but its __iter__ is a generator: for-loops use that."""

    def __init__(self, text):
        self.lines = text.splitlines()
        self.index = 0
        self.header = split_row(self.lines[0])

    def __iter__(self):
        for line in self.lines[1:]:
            yield self.to_dict(line)

    def __next__(self):
        self.index += 1
        if self.index >= len(self.lines):
            raise StopIteration
        return self.to_dict(self.lines[self.index])

    def to_dict(self, line):
        return dict(zip(self.header, split_row(line)))


def split_row(line):
    return [cell.strip() for cell in line.split(",")]


def total(reader, column):
    return sum(float(row[column]) for row in reader)


reader = CsvReader("item, price\npen, 1.5\nbook, 12\n")
print(total(reader, "price"), [row["item"] for row in reader])
