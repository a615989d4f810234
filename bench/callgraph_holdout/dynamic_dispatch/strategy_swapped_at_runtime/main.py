class Compressor:
    def compress(self, data):
        return data


class Gzip(Compressor):
    def compress(self, data):
        return "gz:" + data


class Zstd(Compressor):
    def compress(self, data):
        return "zs:" + data


class Archive:
    def __init__(self):
        self.compressor = Gzip()

    def use(self, compressor):
        self.compressor = compressor

    def add(self, data):
        return self.compressor.compress(data)


archive = Archive()
archive.add("a")
archive.use(Zstd())
archive.add("b")
