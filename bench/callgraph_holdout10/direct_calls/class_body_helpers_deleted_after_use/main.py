"""A codec table built while the class body runs, by helpers defined in that body and deleted after."""


def register_all(codec_cls):
    return {name: codec_cls.lookup(name) for name in codec_cls.NAMES}


class Codec:
    NAMES = ("upper", "rot13")

    def _make_upper():
        def upper(text):
            return text.upper()
        return upper

    def _make_rot13(shift=13):
        def rot(text):
            return "".join(shift_char(c, shift) for c in text)
        return rot

    TABLE = {"upper": _make_upper(), "rot13": _make_rot13()}
    del _make_upper, _make_rot13

    @classmethod
    def lookup(cls, name):
        return cls.TABLE[name]


def shift_char(c, n):  # defined after Codec; looked up when rot runs
    if not c.isalpha():
        return c
    base = ord("a") if c.islower() else ord("A")
    return chr((ord(c) - base + n) % 26 + base)


codecs = register_all(Codec)
print(codecs["rot13"]("Hello"), codecs["upper"]("x"))
