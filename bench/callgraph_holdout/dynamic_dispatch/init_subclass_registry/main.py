LOADERS = {}


class Loader:
    suffix = ""

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        LOADERS[cls.suffix] = cls

    def __init__(self, path):
        self.path = path


class CsvLoader(Loader):
    suffix = "csv"

    def load(self):
        return [self.path]


class JsonLoader(Loader):
    suffix = "json"

    def load(self):
        return {"path": self.path}


def open_file(path):
    loader = LOADERS[path.rsplit(".", 1)[1]](path)
    return loader.load()


open_file("a.csv")
open_file("b.json")
