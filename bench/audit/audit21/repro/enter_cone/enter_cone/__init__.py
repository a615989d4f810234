"""Cause B (tqdm #2 #30): `with Bar() as t` gives t what Bar.__enter__ returns, `self`,
taken as Bar or any subclass (the receiver rule for `return self` skips dunders), so
t.update reaches NotebookBar.update, although cli only ever makes a plain Bar."""


class Bar:
    def __init__(self):
        self.n = 0

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def update(self, n=1):
        self.n += n


class NotebookBar(Bar):
    def update(self, n=1):
        super().update(n)
        self.shown = True


def cli(lines):
    with Bar() as t:
        def callback(i):
            t.update(int(i))

        for i in lines:
            callback(i)
    return type(t).__name__, t.n


def notebook():
    with NotebookBar() as nb:
        nb.update()
    return type(nb).__name__, nb.n


def main():
    return cli(["1", "2"]), notebook()
