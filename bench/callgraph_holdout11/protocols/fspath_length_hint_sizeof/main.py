import operator
import os
import sys


class ProjectPath:
    def __init__(self, root, *parts):
        self.root = root
        self.parts = parts

    def __fspath__(self):
        return os.path.join(self.root, *self.parts)

    def child(self, name):
        return ProjectPath(self.root, *self.parts, name)


class LogTail:
    def __init__(self, lines, limit):
        self.lines = lines
        self.limit = limit
        self.pos = max(0, len(lines) - limit)

    def __iter__(self):
        return self

    def __next__(self):
        if self.pos >= len(self.lines):
            raise StopIteration
        self.pos += 1
        return self.lines[self.pos - 1]

    def __length_hint__(self):
        return min(self.limit, len(self.lines))

    def __sizeof__(self):
        return object.__sizeof__(self) + sum(map(sys.getsizeof, self.lines))


def describe(path):
    return f"{os.fspath(path)} ({os.path.basename(path)})"


logs = ProjectPath("/srv/app", "var").child("log")
tail = LogTail(["a", "b", "c", "d"], limit=2)
print(describe(logs), operator.length_hint(tail), sys.getsizeof(tail) > 0)
print(list(tail))
