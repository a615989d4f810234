from functools import singledispatchmethod


class Encoder:
    @singledispatchmethod
    def encode(self, value):
        return fallback(value)

    @encode.register
    def _(self, value: int):
        return str(value)

    @encode.register
    def _(self, value: list):
        out = []
        for item in value:
            out.append(self.encode(item))
        return out


def fallback(value):
    return repr(value)


Encoder().encode([1, 2.5])
