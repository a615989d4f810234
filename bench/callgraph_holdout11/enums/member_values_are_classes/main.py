import json
from enum import Enum


class JsonCodec:
    def __init__(self, indent=None):
        self.indent = indent

    def encode(self, data):
        return json.dumps(data, indent=self.indent, sort_keys=True)

    def decode(self, text):
        return json.loads(text)


class CsvCodec:
    def __init__(self, indent=None):
        self.sep = ","

    def encode(self, rows):
        return "\n".join(self.sep.join(f"{k}={v}" for k, v in row.items()) for row in rows)

    def decode(self, text):
        return [dict(cell.split("=") for cell in line.split(self.sep)) for line in text.splitlines()]


class Format(Enum):
    JSON = JsonCodec
    CSV = CsvCodec

    @classmethod
    def for_filename(cls, name):
        return cls[name.rsplit(".", 1)[1].upper()]

    def codec(self, **options):
        return self.value(**options)


def roundtrip(filename, rows):
    codec = Format.for_filename(filename).codec(indent=None)
    return codec.decode(codec.encode(rows))


print(roundtrip("a.json", [{"x": 1}]), roundtrip("b.csv", [{"x": "1", "y": "2"}]))
