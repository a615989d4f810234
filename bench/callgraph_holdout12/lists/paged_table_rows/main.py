class Row:
    def __init__(self, cells):
        self.cells = cells

    @classmethod
    def from_record(cls, record):
        return cls([format_cell(v) for v in record])

    def render(self, widths):
        return " | ".join(cell.ljust(w) for cell, w in zip(self.cells, widths))


def format_cell(value):
    if isinstance(value, float):
        return f"{value:.1f}"
    return str(value)


def column_widths(rows):
    return [max(len(cell) for cell in column) for column in zip(*(row.cells for row in rows))]


def chunks(items, size):
    return [items[i:i + size] for i in range(0, len(items), size)]


class Table:
    def __init__(self, header, records, page_size=2):
        self.header = Row(header)
        self.rows = list(map(Row.from_record, records))
        self.page_size = page_size

    def pages(self):
        return chunks(self.rows, self.page_size)

    def render_page(self, number):
        page = self.pages()[number]
        widths = column_widths([self.header, *self.rows])
        lines = [self.header.render(widths), separator(widths)]
        lines += [row.render(widths) for row in page]
        return "\n".join(lines)


def separator(widths):
    return "-+-".join("-" * w for w in widths)


if __name__ == "__main__":
    table = Table(["name", "score"], [("ada", 91.25), ("bob", 78.0), ("cy", 85.5)])
    for number in range(len(table.pages())):
        print(table.render_page(number))
