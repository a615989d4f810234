class Column:
    def __init__(self, name):
        self.name = name

    def render(self):
        return self.name.upper()


class Table:
    def __init__(self, names):
        self.names = names

    @property
    def columns(self):
        return [Column(name) for name in self.names]


table = Table(["a", "b"])
for column in table.columns:
    column.render()
