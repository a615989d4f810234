def read_lines(text):
    for line in text.splitlines():
        yield line.strip()


def parse_rows(text):
    for line in read_lines(text):
        if line:
            yield split_row(line)


def split_row(line):
    return line.split(",")


def totals(text):
    for row in parse_rows(text):
        yield sum_row(row)


def sum_row(row):
    return sum(int(cell) for cell in row)


print(list(totals("1,2\n\n3,4")))
