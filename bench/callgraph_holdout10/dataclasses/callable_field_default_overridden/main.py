"""A table dataclass with a callable field default; the only instance built overrides it."""
from dataclasses import dataclass, field


def plain_row(cells):
    return " | ".join(cells)


def markdown_row(cells):
    return "| " + " | ".join(cells) + " |"


def header_rule(n):
    return "|" + "---|" * n


@dataclass
class Table:
    columns: list
    formatter: object = plain_row
    rows: list = field(default_factory=list)

    def __post_init__(self):
        self.header = self.formatter(self.columns)

    def add(self, *cells):
        self.rows.append(self.formatter([str(c) for c in cells]))
        return self

    def render(self):
        extra = [header_rule(len(self.columns))] if self.formatter is markdown_row else []
        return "\n".join([self.header, *extra, *self.rows])


table = Table(["name", "qty"], formatter=markdown_row)
print(table.add("apple", 3).add("pear", 5).render())
