"""pathlib-like: PurePath(...) picks a flavour subclass in __new__, whose __init__ then runs."""


class PurePath:
    sep = "/"

    def __new__(cls, *parts):
        if cls is PurePath:
            cls = WindowsPath if any("\\" in p for p in parts) else PosixPath
        return object.__new__(cls)

    def __init__(self, *parts):
        self.parts = self.split_all(parts)

    def split_all(self, parts):
        out = []
        for part in parts:
            out.extend(p for p in part.split(self.sep) if p)
        return out

    def __str__(self):
        return self.sep.join(self.parts)

    def joinpath(self, *more):
        return type(self)(str(self), *more)


class PosixPath(PurePath):
    sep = "/"


class WindowsPath(PurePath):
    sep = "\\"

    def __init__(self, *parts):
        super().__init__(*(p.replace("/", "\\") for p in parts))
        self.drive = self.parts[0] if self.parts and self.parts[0].endswith(":") else ""


a = PurePath("usr", "lib/python")
b = PurePath("C:\\Users", "ada")
c = b.joinpath("docs")
print(str(a), str(c), c.drive)
