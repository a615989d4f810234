def load(path):
    return [path.split("/")]


def format_row(row):
    return ",".join(escape(cell) for cell in row)


def escape(cell):
    return cell.replace(",", "\\,")
