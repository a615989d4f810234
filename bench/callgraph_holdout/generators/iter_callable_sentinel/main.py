class Reader:
    def __init__(self, chunks):
        self.chunks = list(chunks)

    def read_chunk(self):
        return self.chunks.pop(0) if self.chunks else ""


def process(chunk):
    return chunk.upper()


def consume(reader):
    return [process(chunk) for chunk in iter(reader.read_chunk, "")]


consume(Reader(["a", "b"]))
