"""Codecs register themselves through __init_subclass__ keyword arguments given in the
class statement; Codec["json"] looks them up through __class_getitem__."""


class Codec:
    registry = {}

    def __init_subclass__(cls, /, fmt=None, aliases=(), **kwargs):
        super().__init_subclass__(**kwargs)
        if fmt is not None:
            for name in (fmt, *aliases):
                Codec.registry[name] = cls

    def __class_getitem__(cls, name):
        return cls.registry[name]

    def __init__(self, indent=0):
        self.indent = indent

    def encode(self, value):
        raise NotImplementedError


class TextCodec(Codec):
    def encode(self, value):
        return " " * self.indent + self.render(value)

    def render(self, value):
        return str(value)


class JsonCodec(TextCodec, fmt="json", aliases=("application/json",)):
    def render(self, value):
        return quote_keys(value)


class CsvCodec(TextCodec, fmt="csv"):
    def __init__(self, sep=","):
        super().__init__()
        self.sep = sep

    def render(self, value):
        return self.sep.join(map(str, value.values()))


def quote_keys(value):
    return "{" + ", ".join(f'"{k}": {v}' for k, v in value.items()) + "}"


def export(kind, row):
    return Codec[kind]().encode(row)


print(export("application/json", {"a": 1}))
print(export("csv", {"a": 1, "b": 2}))
