class Record:
    fields = ()

    def __init__(self, *values):
        for name, value in zip(self.fields, values):
            setattr(self, name, value)
        self.validate()

    def validate(self):
        missing = [f for f in self.fields if getattr(self, f, None) is None]
        if missing:
            raise ValueError(missing)

    def as_tuple(self):
        return tuple(getattr(self, f) for f in self.fields)


def record_repr(self):
    body = ", ".join(f"{f}={getattr(self, f)!r}" for f in self.fields)
    return f"{type(self).__name__}({body})"


def make_record(name, fields, base=Record, **methods):
    """A namedtuple-like factory: the class is built by calling type()."""
    namespace = {"fields": tuple(fields), "__repr__": record_repr, **methods}
    return type(name, (base,), namespace)


def point_norm(self):
    return (self.x ** 2 + self.y ** 2) ** 0.5


def checked_validate(self):
    Record.validate(self)
    if self.x < 0:
        raise ValueError("x")


Point = make_record("Point", ["x", "y"], norm=point_norm, validate=checked_validate)
Tag = make_record("Tag", ["name"])

p = Point(3, 4)
print(p, p.norm(), p.as_tuple())
print(repr(Tag("blue")))
