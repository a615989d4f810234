import io

DATA = """id,name,score
1,ada,91
2,bob,78
# comment
3,cy,85
"""


def read_lines(stream):
    for line in stream:
        line = line.rstrip("\n")
        if line and not line.startswith("#"):
            yield line


def split_fields(line, sep=","):
    return [field.strip() for field in line.split(sep)]


def records(lines):
    header = split_fields(next(lines))
    for line in lines:
        yield dict(zip(header, split_fields(line)))


def convert(record):
    record["id"] = int(record["id"])
    record["score"] = int(record["score"])
    return record


def top(rows, n):
    return sorted(rows, key=lambda r: r["score"], reverse=True)[:n]


def main():
    lines = read_lines(io.StringIO(DATA))
    rows = records(lines)
    converted = (convert(row) for row in rows)
    for row in top(converted, 2):
        print(row["name"], row["score"])


main()
