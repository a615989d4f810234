class Exporter:
    def export(self, data):
        raise NotImplementedError


class JsonExporter(Exporter):
    def export(self, data):
        return quote(str(data))


class CsvExporter(Exporter):
    def export(self, data):
        return ",".join(data)


def quote(text):
    return '"' + text + '"'


class Registry:
    def __init__(self):
        self._items: dict[str, Exporter] = {}

    def register(self, name, exporter):
        self._items[name] = exporter

    def run(self, name, data):
        exporter = self._items[name]
        return exporter.export(data)


registry = Registry()
registry.register("json", JsonExporter())
registry.run("json", [1, 2])
