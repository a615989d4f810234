from __future__ import annotations


class Row:
    def __init__(self, values):
        self.values = values

    def cell(self, index):
        return self.values[index]


class Sheet:
    def __init__(self):
        self.rows: list[Row] = []

    def load(self, lines):
        for line in lines:
            self.rows.append(Row(line.split(",")))

    def first(self) -> Row:
        return self.rows[0]


def column(rows: list[Row], index: int) -> list[str]:
    return [row.cell(index) for row in rows]


def header(sheet: Sheet) -> str:
    return sheet.first().cell(0)


sheet = Sheet()
sheet.load(["a,b", "c,d"])
column(sheet.rows, 1)
header(sheet)
