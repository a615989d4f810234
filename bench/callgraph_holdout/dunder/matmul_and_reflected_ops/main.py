class Matrix:
    def __init__(self, rows):
        self.rows = rows

    def __matmul__(self, other):
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in zip(*other.rows)] for row in self.rows])

    def __rmul__(self, scalar):
        return Matrix([[scalar * x for x in row] for row in self.rows])

    def __abs__(self):
        return max(abs(x) for row in self.rows for x in row)

    def __neg__(self):
        return -1 * self

    def __eq__(self, other):
        return self.rows == other.rows

    __hash__ = None


a = Matrix([[1, 2], [3, 4]])
b = -(a @ a)
norm = abs(2 * b)
same = a == b
