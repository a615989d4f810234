class CsvWriter:
    def __init__(self, path):
        self.path = path

    def write(self, rows):
        return ",".join(rows)


class TsvWriter(CsvWriter):
    def write(self, rows):
        return "\t".join(rows)


def writer_for(kind):
    return {"csv": CsvWriter, "tsv": TsvWriter}[kind]


def save(kind, rows):
    return writer_for(kind)("out." + kind).write(rows)


save("csv", ["a"])
save("tsv", ["b"])
