class Row:
    def render(self):
        return ""


def rows() -> list[Row]:
    return [Row()]


def table():
    for row in rows():
        row.render()


table()
