class Grid:
    def __init__(self, rows, cols, fill=0):
        self.rows, self.cols = rows, cols
        self.cells = [[fill] * cols for _ in range(rows)]

    def _check(self, r, c):
        if not (0 <= r < self.rows and 0 <= c < self.cols):
            raise IndexError((r, c))

    def __getitem__(self, key):
        if isinstance(key, slice):
            sub = type(self)(len(range(*key.indices(self.rows))), self.cols)
            sub.cells = [row[:] for row in self.cells[key]]
            return sub
        r, c = key
        self._check(r, c)
        return self.cells[r][c]

    def __setitem__(self, key, value):
        r, c = key
        self._check(r, c)
        self.cells[r][c] = value

    def __delitem__(self, key):
        self[key] = 0

    def __contains__(self, value):
        return any(value in row for row in self.cells)

    def __len__(self):
        return self.rows

    def __repr__(self):
        return "\n".join(" ".join(map(str, row)) for row in self.cells)


g = Grid(3, 3)
g[0, 0] = 5
g[1, 2] = 7
del g[0, 0]
top = g[0:2]
print(top, len(top), 7 in g, 5 in g, g[1, 2])
