"""A serializer reading per-field encoders from dataclasses.field(metadata=...)."""
import dataclasses
from dataclasses import dataclass, field
from datetime import date


def iso(value):
    return value.isoformat()


def cents(value):
    return int(round(value * 100))


def mask(value):
    return value[:2] + "***"


@dataclass
class Invoice:
    number: str
    issued: date = field(metadata={"encode": iso})
    total: float = field(default=0.0, metadata={"encode": cents})
    card: str = field(default="", repr=False, metadata={"encode": mask})
    notes: list = field(default_factory=list)


def serialize(obj):
    out = {}
    for f in dataclasses.fields(obj):
        value = getattr(obj, f.name)
        encode = f.metadata.get("encode")
        out[f.name] = encode(value) if encode else value
    return out


inv = Invoice("A-1", date(2024, 5, 1), 12.5, card="4111")
print(serialize(inv))
