"""A bencode-ish encoder: ENCODERS[type(value)] picks the function, recursing through containers."""


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def enc_none(v):
    return "N"


def enc_int(v):
    return f"i{v};"


def enc_str(v):
    return f"s{len(v)}:{v}"


def enc_list(v):
    return "l" + "".join(encode(x) for x in v) + "e"


def enc_dict(v):
    return "d" + "".join(encode(k) + encode(val) for k, val in sorted(v.items())) + "e"


def enc_point(p):
    return enc_list([p.x, p.y])


ENCODERS = {type(None): enc_none, int: enc_int, str: enc_str, list: enc_list, tuple: enc_list, dict: enc_dict}
ENCODERS[Point] = enc_point


def encode(value):
    try:
        fn = ENCODERS[type(value)]
    except KeyError:
        raise TypeError(type(value).__name__) from None
    return fn(value)


print(encode({"pos": Point(1, 2), "tags": ("a", None), "n": 3}))
