import json

import codec
from codec import dumps as compact


def roundtrip(obj):
    text = json.dumps(obj)
    restored = json.loads(text)
    return codec.loads(compact(restored))


def pretty(obj):
    return json.dumps(obj, indent=1)


def dumps(obj):
    return repr(obj)


print(roundtrip({"b": 1, "a": 2}))
print(pretty({"x": 1}), dumps({"y": 2}))
