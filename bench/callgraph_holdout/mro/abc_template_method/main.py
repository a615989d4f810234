from abc import ABC, abstractmethod


class Exporter(ABC):
    def export(self):
        return [self.header(), *self.rows()]

    @abstractmethod
    def header(self):
        raise NotImplementedError

    def rows(self):
        return []


class CsvExporter(Exporter):
    def header(self):
        return "a,b"


class TsvExporter(Exporter):
    def header(self):
        return "a\tb"

    def rows(self):
        return ["1\t2"]


for exporter_class in (CsvExporter, TsvExporter):
    exporter_class().export()
