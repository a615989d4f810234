import functools


class Grid:
    def __init__(self, size):
        self.size = size

    def cost(self, i, j):
        return i + j


@functools.lru_cache(maxsize=None)
def best(grid, i, j):
    if i == 0 and j == 0:
        return 0
    options = []
    if i:
        options.append(best(grid, i - 1, j))
    if j:
        options.append(best(grid, i, j - 1))
    return grid.cost(i, j) + min(options)


best(Grid(3), 2, 2)
