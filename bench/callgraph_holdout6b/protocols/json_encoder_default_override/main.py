import json
from datetime import date
from decimal import Decimal


class Money:
    def __init__(self, amount, currency):
        self.amount = Decimal(amount)
        self.currency = currency

    def __json__(self):
        return {"amount": str(self.amount), "currency": self.currency}


class AppEncoder(json.JSONEncoder):
    def default(self, obj):
        if hasattr(obj, "__json__"):
            return obj.__json__()
        if isinstance(obj, date):
            return iso(obj)
        return super().default(obj)


def iso(value):
    return value.isoformat()


def as_money(dct):
    if set(dct) == {"amount", "currency"}:
        return Money(dct["amount"], dct["currency"])
    return dct


def dump(payload):
    return json.dumps(payload, cls=AppEncoder, sort_keys=True)


text = dump({"price": Money("9.50", "EUR"), "on": date(2024, 1, 2)})
print(text)
restored = json.loads(text, object_hook=as_money)
print(type(restored["price"]).__name__)
try:
    dump({"bad": object()})
except TypeError as error:
    print("TypeError")
