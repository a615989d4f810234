class Identity:
    def encode(self, data):
        return data


class Reverse:
    def encode(self, data):
        return data[::-1]


class Repeat:
    def __init__(self, times=2):
        self.times = times

    def encode(self, data):
        return data * self.times


def get_codec(name):
    return {"identity": Identity, "reverse": Reverse, "repeat": Repeat}[name]


def pipeline(*names):
    codecs = [get_codec(n)() for n in names]

    def run(data):
        for codec in codecs:
            data = codec.encode(data)
        return data

    return run


def make_encoder(name):
    return get_codec(name)().encode


print(pipeline("reverse", "repeat")("ab"))
print(make_encoder("identity")("xy"))
