import zlib


class ZlibCodec:
    def compress(self, data):
        return zlib.compress(data)


class IdentityCodec:
    def compress(self, data):
        return data


class Bz2Codec:
    def compress(self, data):
        raise RuntimeError("not installed")


CODECS = {
    "zlib": ZlibCodec(),
    "none": IdentityCodec(),
}


def pack(data, method="zlib"):
    codec = CODECS.get(method) or CODECS["none"]
    return codec.compress(data)


pack(b"abc")
pack(b"abc", "none")
