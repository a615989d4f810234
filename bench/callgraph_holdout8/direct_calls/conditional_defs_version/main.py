import sys

if sys.version_info >= (3, 8):
    def compat_join(parts):
        return "/".join(parts)
else:
    def compat_join(parts):
        return "/".join(reversed(parts))

try:
    from tomllib import loads as toml_loads
except ImportError:
    def toml_loads(text):
        return {}


def normalize(path):
    return path.strip("/")


def build(parts):
    cleaned = [normalize(p) for p in parts]
    return compat_join(cleaned)


def run():
    return build(["a/", "/b"]), toml_loads("x = 1")


print(run())
