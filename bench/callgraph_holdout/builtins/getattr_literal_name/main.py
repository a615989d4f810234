class Exporter:
    def to_csv(self):
        return "csv"

    def to_json(self):
        return "json"


def export_csv(exporter):
    return getattr(exporter, "to_csv")()


export_csv(Exporter())
