"""`__init_subclass__` registers the subclasses only: the base class is never registered."""

REGISTRY = {}


def announce(cls):
    print("registered", cls.__name__)


def fallback_line(row):
    return repr(row)


class Exporter:
    extension = "txt"

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        REGISTRY[cls.extension] = cls
        announce(cls)

    def export(self, rows):
        return "\n".join(self.line(row) for row in rows)

    def line(self, row):
        return fallback_line(row)


class CsvExporter(Exporter):
    extension = "csv"

    def line(self, row):
        return ",".join(map(str, row))


class TsvExporter(CsvExporter):
    extension = "tsv"

    def line(self, row):
        return super().line(row).replace(",", "\t")


def export_all(rows):
    return {ext: REGISTRY[ext]().export(rows) for ext in sorted(REGISTRY)}


print(export_all([(1, "a"), (2, "b")]))
