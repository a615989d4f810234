import dataclasses
from dataclasses import dataclass, field


def encode_date(value):
    return "-".join(str(p) for p in value)


def encode_money(cents):
    return f"{cents / 100:.2f}"


def identity(value):
    return value


@dataclass
class Address:
    city: str
    zip_code: str = field(metadata={"encoder": str.upper})


@dataclass
class Invoice:
    number: str
    issued: tuple = field(metadata={"encoder": encode_date})
    total: int = field(default=0, metadata={"encoder": encode_money})
    address: Address = None

    def to_json(self):
        return serialize(self)


def serialize(obj):
    out = {}
    for f in dataclasses.fields(obj):
        value = getattr(obj, f.name)
        if dataclasses.is_dataclass(value):
            out[f.name] = serialize(value)
        else:
            out[f.name] = f.metadata.get("encoder", identity)(value)
    return out


invoice = Invoice("A-1", (2024, 5, 1), 1250, Address("Oslo", "n-0150"))
print(invoice.to_json())
print(dataclasses.asdict(invoice)["address"])
