import json

from formats import csv_dump


def dumps(rows):
    # the module-level encoder: compact JSON
    return json.dumps(rows, separators=(",", ":"))


def export(rows, fmt):
    if fmt == "csv":
        return csv_dump(rows)
    from formats import dumps  # a local import: inside export, `dumps` is formats.dumps

    return dumps(rows)


def preview(rows):
    return dumps(rows[:1])


def main():
    rows = [{"id": 1, "name": "ada"}, {"id": 2, "name": "bob"}]
    print(export(rows, "csv"))
    print(export(rows, "json"))
    print(preview(rows))


if __name__ == "__main__":
    main()
