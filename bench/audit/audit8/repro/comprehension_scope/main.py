class Table:
    def __init__(self, rows):
        self.rows = rows

    def __len__(self):
        return len(self.rows)

    def __getitem__(self, i):
        return self.rows[i]


def to_text(obj):
    return str(obj)


def widths(data):
    # Python 3: each comprehension has its own `row`; the second one's rows are lists of str
    text_data = [[to_text(cell) for cell in row] for row in data]
    return [len(row[0]) for row in text_data]


def main():
    nested = Table([[1]])
    return widths([[nested]])


main()
