import io


def to_text(value):
    if isinstance(value, float):
        return f"{value:.2f}"
    return str(value)


def emit(*parts, sep=" ", end="\n", out=None):
    line = sep.join(to_text(p) for p in parts) + end
    (out or DEFAULT_OUT).write(line)
    return line


DEFAULT_OUT = io.StringIO()


def header_cells(columns):
    return [col.upper() for col in columns]


def row_cells(record, columns):
    return [record.get(col, "") for col in columns]


def table(records, *columns, out=None):
    emit(*header_cells(columns), sep=" | ", out=out)
    for record in records:
        emit(*row_cells(record, columns), sep=" | ", out=out)
    emit("rows:", len(records), out=out)


def main():
    buffer = io.StringIO()
    table([{"name": "ada", "score": 9.5}, {"name": "bob"}], "name", "score", out=buffer)
    emit("done", 3, 1.0)
    print(buffer.getvalue() + DEFAULT_OUT.getvalue())


main()
