import json


def header(rows):
    return ",".join(rows[0])


def csv_dump(rows):
    lines = [header(rows)]
    lines += [",".join(str(v) for v in row.values()) for row in rows]
    return "\n".join(lines)


def dumps(rows):
    return json.dumps(rows, indent=2, default=fallback)


def fallback(value):
    return repr(value)
