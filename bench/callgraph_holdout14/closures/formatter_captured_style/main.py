"""Each formatter closure branches on the style it captured; only CSV-like ones are made."""
import json


def to_json(row):
    return json.dumps(row, sort_keys=True)


def quote(cell):
    return f'"{cell}"' if "," in cell else cell


def to_csv(row, sep):
    return sep.join(quote(str(row[k])) for k in sorted(row))


def make_formatter(style="json", sep=","):
    def fmt(row):
        if style == "json":
            return to_json(row)
        return to_csv(row, sep)

    return fmt


def make_writer(formatter):
    lines = []

    def write(row):
        lines.append(formatter(row))
        return len(lines)

    def dump():
        return "\n".join(lines)

    return write, dump


def export(rows, style):
    write, dump = make_writer(make_formatter(style, sep=";" if style == "excel" else ","))
    for row in rows:
        write(row)
    return dump()


rows = [{"id": 1, "name": "ada, countess"}, {"id": 2, "name": "alan"}]
print(export(rows, "csv"))
print(export(rows, "excel"))
