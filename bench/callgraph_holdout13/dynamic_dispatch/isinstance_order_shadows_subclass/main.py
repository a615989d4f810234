import json


class Model:
    def __init__(self, **fields):
        self.fields = fields

    def to_dict(self):
        return dict(self.fields)


class Money(Model):
    def __init__(self, cents):
        super().__init__(cents=cents)


def encode_money(value):
    return f"{value.fields['cents'] / 100:.2f}"


def encode_bool(value):
    return "yes" if value else "no"


def encode_int(value):
    return str(value)


def encode(value):
    if isinstance(value, Model):
        return {k: encode(v) for k, v in value.to_dict().items()}
    elif isinstance(value, Money):
        return encode_money(value)
    elif isinstance(value, int):
        return encode_int(value)
    elif isinstance(value, bool):
        return encode_bool(value)
    return value


def main():
    order = Model(id=7, paid=True, total=Money(1999), note="gift")
    print(json.dumps(encode(order)))


main()
