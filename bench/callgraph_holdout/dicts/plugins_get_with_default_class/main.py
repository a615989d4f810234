class PlainCodec:
    def encode(self, data):
        return str(data)


class JsonCodec:
    def encode(self, data):
        return "{" + str(data) + "}"


CODECS = {"json": JsonCodec}


def codec_for(name):
    return CODECS.get(name, PlainCodec)()


codec_for("json").encode(1)
codec_for("txt").encode(2)
