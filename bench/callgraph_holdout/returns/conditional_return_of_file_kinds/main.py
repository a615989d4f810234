class PlainFile:
    def __init__(self, path):
        self.path = path

    def read(self):
        return "plain " + self.path


class GzipFile(PlainFile):
    def read(self):
        return decompress(super().read())


class ZipFile(PlainFile):
    def read(self):
        return "zip"


def decompress(data):
    return data


def open_file(path):
    return GzipFile(path) if path.endswith(".gz") else PlainFile(path)


open_file("a.gz").read()
open_file("b.txt").read()
