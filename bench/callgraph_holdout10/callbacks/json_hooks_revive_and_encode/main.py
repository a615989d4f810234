"""A JSON codec wired through json's hooks: JSONEncoder.default, object_pairs_hook, parse_float."""
import json
from decimal import Decimal


class Money:
    def __init__(self, amount, currency):
        self.amount, self.currency = amount, currency

    def to_json(self):
        return {"__money__": [str(self.amount), self.currency]}


class Stamp:
    def __init__(self, iso):
        self.iso = iso

    def to_json(self):
        return {"__stamp__": self.iso}


class Encoder(json.JSONEncoder):
    def default(self, o):
        if hasattr(o, "to_json"):
            return o.to_json()
        return super().default(o)


def parse_amount(text):
    return Decimal(text)


def revive(pairs):
    obj = dict(pairs)
    if "__money__" in obj:
        amount, currency = obj["__money__"]
        return Money(parse_amount(amount), currency)
    if "__stamp__" in obj:
        return Stamp(obj["__stamp__"])
    return obj


def dumps(value):
    return json.dumps(value, cls=Encoder, sort_keys=True)


def loads(text):
    return json.loads(text, object_pairs_hook=revive, parse_float=parse_amount)


order = {"total": Money(Decimal("9.90"), "EUR"), "at": Stamp("2024-05-01"), "rate": 0.2}
text = dumps(order)
back = loads(text)
print(text, back["total"].amount, back["rate"])
