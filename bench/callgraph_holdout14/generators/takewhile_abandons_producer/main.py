"""`takewhile` stops at the separator: the producer is never resumed past it."""
import itertools

LINES = ["# export v2", "# columns: id,name", "1,ada", "2,alan", "--", "3,ghost", "checksum 99"]


def verify_checksum(line):
    raise RuntimeError("the producer is never drained")


def read_lines(lines):
    for line in lines:
        yield line.strip()
    verify_checksum(lines[-1])


def is_header(line):
    return line.startswith("#")


def is_data(line):
    return line != "--"


def parse_row(line):
    key, name = line.split(",")
    return int(key), name


def load(lines):
    body = itertools.dropwhile(is_header, read_lines(lines))
    return [parse_row(line) for line in itertools.takewhile(is_data, body)]


print(load(LINES))
