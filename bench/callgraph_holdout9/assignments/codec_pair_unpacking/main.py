"""A serialization layer: codec_for() returns a (load, dump) pair that is unpacked
into module globals; only the json pair is ever chosen."""
import json


def json_load(text):
    return json.loads(text)


def json_dump(obj):
    return json.dumps(obj, sort_keys=True)


def ini_load(text):
    return dict(line.split("=", 1) for line in text.splitlines())


def ini_dump(obj):
    return "\n".join(f"{k}={v}" for k, v in obj.items())


CODECS = {
    "json": (json_load, json_dump),
    "ini": (ini_load, ini_dump),
}


def codec_for(fmt):
    return CODECS[fmt]


class Store:
    fmt = "json"

    def __init__(self):
        self.load, self.dump = codec_for(self.fmt)
        self.blob = self.dump({})

    def set(self, key, value):
        data = self.load(self.blob)
        data[key] = value
        self.blob = self.dump(data)


load, dump = codec_for("json")
store = Store()
store.set("a", 1)
store.set("b", [2, 3])
roundtrip = dump(load(store.blob))
print(roundtrip)
