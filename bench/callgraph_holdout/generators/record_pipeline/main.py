class Record:
    def __init__(self, line):
        self.line = line

    def valid(self):
        return bool(self.line)

    def store(self):
        return self.line


def read(lines):
    for line in lines:
        yield Record(line)


def only_valid(records):
    for record in records:
        if record.valid():
            yield record


records = list(read(["a", "", "b"]))
for record in only_valid(records):
    record.store()
