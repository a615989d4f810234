class Record:
    def __init__(self, level, msg):
        self.level = level
        self.msg = msg

    def is_error(self):
        return self.level == "ERROR"


def read_lines(source):
    for line in source.splitlines():
        yield line


def parse(lines):
    for line in lines:
        level, _, msg = line.partition(" ")
        yield Record(level, msg)


def only_errors(records):
    return (r for r in records if r.is_error())


def pipeline(text):
    return list(only_errors(parse(read_lines(text))))


pipeline("INFO a\nERROR b\nERROR c")
