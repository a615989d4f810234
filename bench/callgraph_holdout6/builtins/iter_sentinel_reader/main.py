import functools


class Stream:
    def __init__(self, data, size):
        self.data = data
        self.size = size
        self.pos = 0

    def read(self, n=None):
        n = n or self.size
        chunk = self.data[self.pos:self.pos + n]
        self.pos += n
        return chunk

    def readline(self):
        end = self.data.find("\n", self.pos)
        end = len(self.data) if end < 0 else end + 1
        line, self.pos = self.data[self.pos:end], end
        return line


def count_chunks(stream):
    return sum(1 for _ in iter(stream.read, ""))


def first_nonempty(stream):
    return next(filter(None, map(str.strip, iter(stream.readline, ""))), "")


def read_fixed(stream):
    return list(iter(functools.partial(stream.read, 2), ""))


print(count_chunks(Stream("abcdefg", 3)))
print(first_nonempty(Stream("\n\nthird\n", 1)))
print(read_fixed(Stream("abcde", 9)))
