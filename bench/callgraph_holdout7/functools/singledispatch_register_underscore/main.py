from datetime import date
from decimal import Decimal
from functools import singledispatch


@singledispatch
def to_json(obj):
    raise TypeError(f"cannot encode {type(obj).__name__}")


@to_json.register
def _(obj: Decimal):
    return str(obj)


@to_json.register
def _(obj: date):
    return obj.isoformat()


@to_json.register(list)
@to_json.register(tuple)
def _(obj):
    items = []
    for item in obj:
        items.append(to_json(item))
    return items


@to_json.register
def _(obj: dict):
    result = {}
    for key, value in obj.items():
        result[key] = to_json(value)
    return result


@to_json.register(int)
@to_json.register(str)
def passthrough(obj):
    return obj


print(to_json({"total": Decimal("9.50"), "due": date(2024, 1, 31), "items": [1, ("a", "b")]}))
