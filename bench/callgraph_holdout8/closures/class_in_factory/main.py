def make_model(name, fields, defaults=None):
    defaults = defaults or {}

    def coerce(field, value):
        return defaults.get(field) if value is None else value

    class Model:
        __slots__ = tuple(fields)

        def __init__(self, *values):
            for field, value in zip(fields, values):
                setattr(self, field, coerce(field, value))

        def as_tuple(self):
            return tuple(getattr(self, f) for f in fields)

        def __repr__(self):
            return f"{name}{self.as_tuple()}"

    Model.__name__ = name
    return Model


Point = make_model("Point", ["x", "y"], {"y": 0})
Color = make_model("Color", ["r", "g", "b"])
p = Point(1, None)
print(repr(p), p.as_tuple())
