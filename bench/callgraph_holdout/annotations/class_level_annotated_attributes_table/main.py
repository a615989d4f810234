from typing import Callable, Optional


def plain(s: str) -> str:
    return s


class Column:
    def __init__(self, name: str):
        self.name = name

    def render(self, row: dict) -> str:
        return str(row[self.name])


class Table:
    columns: list[Column]
    formatters: dict[str, Callable[[str], str]]
    footer: Optional["Footer"]

    def __init__(self):
        self.columns = []
        self.formatters = {}
        self.footer = None

    def add(self, col: Column):
        self.columns.append(col)

    def render(self, rows: list[dict]) -> list[str]:
        out = []
        for row in rows:
            cells = [c.render(row) for c in self.columns]
            out.append(self.formatters.get("row", plain)(" | ".join(cells)))
        if self.footer:
            out.append(self.footer.render(len(rows)))
        return out


class Footer:
    def render(self, count: int) -> str:
        return f"{count} rows"


t = Table()
t.add(Column("a"))
t.footer = Footer()
t.render([{"a": 1}])
