class Frame:
    def __init__(self, rows):
        self.rows = rows

    def columns(self):
        return sorted({key for row in self.rows for key in row})


def extends(cls):
    """Attach the decorated function to cls as a method (an accessor-style extension)."""
    def register(fn):
        setattr(cls, fn.__name__, fn)
        return fn
    return register


@extends(Frame)
def to_csv(self, sep=","):
    header = sep.join(self.columns())
    lines = [sep.join(str(row.get(c, "")) for c in self.columns()) for row in self.rows]
    return "\n".join([header, *lines])


@extends(Frame)
def where(self, **equals):
    return Frame([row for row in self.rows if matches(row, equals)])


def matches(row, equals):
    return all(row.get(k) == v for k, v in equals.items())


frame = Frame([{"a": 1, "b": 2}, {"a": 3}])
print(frame.where(a=3).to_csv(sep=";"))
print(to_csv(frame))
