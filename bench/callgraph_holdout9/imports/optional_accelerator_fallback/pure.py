"""Pure-Python fallback encoder."""


def dumps(obj):
    if isinstance(obj, dict):
        return "{" + ",".join(f"{encode_key(k)}:{dumps(v)}" for k, v in obj.items()) + "}"
    if isinstance(obj, list):
        return "[" + ",".join(dumps(v) for v in obj) + "]"
    return encode_scalar(obj)


def encode_key(key):
    return f'"{key}"'


def encode_scalar(value):
    return f'"{value}"' if isinstance(value, str) else str(value).lower()
