class PurePath:
    sep = "/"

    def __init__(self, *parts):
        self.parts = tuple(p for part in parts for p in str(part).split(self.sep) if p)

    def __truediv__(self, other):
        return PurePath(*self.parts, other)

    def __rtruediv__(self, other):
        return PurePath(other, *self.parts)

    def __str__(self):
        return self.sep + self.sep.join(self.parts)

    def __fspath__(self):
        return str(self)


class Manifest:
    def __init__(self):
        self.paths = []
        self.size = 0

    def __iadd__(self, path):
        self.paths.append(path)
        self.size += len(str(path)) // 4
        return self

    def __len__(self):
        return len(self.paths)


root = PurePath("srv", "app")
static = root / "static" / "css"
config = "etc" / PurePath("app.toml")
manifest = Manifest()
manifest += static
manifest += config
ratio = manifest.size / len(manifest)
print(static, config, len(manifest), ratio, "n=" + str(1 + 2))
