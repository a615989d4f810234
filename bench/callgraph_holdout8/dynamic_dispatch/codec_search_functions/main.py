import string

ROT = str.maketrans(
    string.ascii_lowercase, string.ascii_lowercase[13:] + string.ascii_lowercase[:13]
)

class CodecInfo:
    def __init__(self, name, encode, decode):
        self.name = name
        self.encode = encode
        self.decode = decode

def rot13_encode(text):
    return text.translate(ROT)

def rot13_decode(text):
    return rot13_encode(text)

def hex_encode(text):
    return text.encode().hex()

def hex_decode(text):
    return bytes.fromhex(text).decode()


_search_functions = []
_cache = {}

def register(search):
    _search_functions.append(search)

def lookup(name):
    if name in _cache:
        return _cache[name]
    for search in _search_functions:
        info = search(name)
        if info is not None:
            _cache[name] = info
            return info
    raise LookupError(name)

def search_rot(name):
    if name == "rot13":
        return CodecInfo("rot13", rot13_encode, rot13_decode)
    return None

def search_hex(name):
    if name == "hex":
        return CodecInfo("hex", hex_encode, hex_decode)
    return None

class ExperimentalCodecs:
    def search(self, name):
        return CodecInfo(name, str, str)


register(search_rot)
register(search_hex)

def encode(text, name):
    return lookup(name).encode(text)

def decode(text, name):
    return lookup(name).decode(text)


print(encode("hello", "rot13"), decode(encode("hi", "hex"), "hex"), decode("uryyb", "rot13"))
