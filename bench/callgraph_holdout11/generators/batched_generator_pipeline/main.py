import io


class Record:
    def __init__(self, name, score):
        self.name = name
        self.score = score


def read_lines(stream):
    for line in stream:
        line = line.strip()
        if line and not line.startswith("#"):
            yield line


def parse(lines):
    for line in lines:
        name, score = line.split(",")
        yield Record(name, int(score))


def batched(items, size):
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def summarize(batch):
    return sum(r.score for r in batch) / len(batch)


def main():
    stream = io.StringIO("# scores\nada,90\nbob,70\n\ncy,80\n")
    for batch in batched(parse(read_lines(stream)), 2):
        print([r.name for r in batch], summarize(batch))


main()
