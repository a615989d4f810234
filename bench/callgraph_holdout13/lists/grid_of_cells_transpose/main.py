class Cell:
    def __init__(self, raw):
        self.raw = raw

    def value(self):
        return parse_number(self.raw)

    def update(self, raw):
        self.raw = raw


def parse_number(text):
    try:
        return float(text)
    except ValueError:
        return 0.0


def build(rows):
    return [[Cell(v) for v in row] for row in rows]


def column_sums(grid):
    return [sum(cell.value() for cell in column) for column in zip(*grid)]


def row_max(grid):
    return [max(row, key=Cell.value).raw for row in grid]


def grand_total(grid):
    return sum(cell.value() for row in grid for cell in row)


def render(grid):
    return "\n".join(",".join(c.raw for c in row) for row in grid)


def main():
    grid = build([["1", "2", "x"], ["4", "5", "6"]])
    grid[0][2].update("3")
    grid.append([Cell("7"), Cell("8"), Cell("n/a")])
    print(column_sums(grid), row_max(grid), grand_total(grid))
    print(render(grid[::-1]))


main()
