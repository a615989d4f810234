import io


def str_cell(value):
    return "" if value is None else str(value)


def money_cell(value):
    return f"{value:.2f}"


def column(name, cell=str_cell):
    def extract(row):
        return cell(row.get(name))
    extract.title = name
    return extract


def upper_name(row):
    return row["name"].upper()


upper_name.title = "NAME"


def write_row(out, cells, sep=","):
    out.write(sep.join(cells) + "\n")


def export(rows, *columns, out, sep=","):
    write_row(out, [c.title for c in columns], sep)
    for row in rows:
        write_row(out, [c(row) for c in columns], sep)
    return out


def export_tsv(rows, *columns, **options):
    return export(rows, *columns, sep="\t", **options)


COLUMNS = [column("id"), upper_name, column("total", money_cell)]

if __name__ == "__main__":
    rows = [{"id": 1, "name": "ada", "total": 3.5}, {"id": 2, "name": "bob", "total": 10}]
    print(export(rows, *COLUMNS, out=io.StringIO()).getvalue())
    print(export_tsv(rows, column("note"), *COLUMNS[:2], out=io.StringIO()).getvalue())
