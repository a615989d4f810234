import json


def dumps(obj):
    return json.dumps(obj, sort_keys=True, separators=(",", ":"))


def loads(text):
    data = json.loads(text)
    return upgrade(data)


def upgrade(data):
    data.setdefault("version", 2)
    return data
