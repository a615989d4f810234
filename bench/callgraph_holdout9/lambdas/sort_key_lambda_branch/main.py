"""A file browser's sort menu: the key is one of two lambdas picked by a conditional
expression, and column renderers are lambdas bound with default arguments in a loop."""


class Entry:
    def __init__(self, name, size):
        self.name = name
        self.size = size

    def size_key(self):
        return -self.size

    def name_key(self):
        return self.name.casefold()


def human_size(n):
    return f"{n / 1024:.1f}K"


def plain(text):
    return text


def listing(entries, by_size):
    key = (lambda e: e.size_key()) if by_size else (lambda e: e.name_key())
    return sorted(entries, key=key)


def columns(specs):
    cols = []
    for attr, fmt in specs:
        cols.append(lambda e, attr=attr, fmt=fmt: fmt(getattr(e, attr)))
    return cols


def render(entries, cols):
    return [" ".join(col(e) for col in cols) for e in entries]


entries = [Entry("b.txt", 2048), Entry("A.md", 512), Entry("c.py", 4096)]
cols = columns([("name", plain), ("size", human_size)])
print(render(listing(entries, by_size=False), cols))
