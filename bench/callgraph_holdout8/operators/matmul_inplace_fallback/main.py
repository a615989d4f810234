def dot(a, b):
    return sum(x * y for x, y in zip(a, b))


class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]

    def __matmul__(self, other):
        cols = list(zip(*other.rows))
        return Matrix([[dot(r, c) for c in cols] for r in self.rows])

    def __rmatmul__(self, other):
        return Matrix(other) @ self

    def __sub__(self, other):
        return Matrix([[a - b for a, b in zip(r, s)] for r, s in zip(self.rows, other.rows)])

    def __pow__(self, n):
        result = identity(len(self.rows))
        for _ in range(n):
            result = result @ self
        return result

    def __eq__(self, other):
        return self.rows == other.rows

    def __repr__(self):
        return f"Matrix({self.rows})"


def identity(n):
    return Matrix([[int(i == j) for j in range(n)] for i in range(n)])


m = Matrix([[1, 1], [1, 0]])
acc = identity(2)
acc @= m
acc -= identity(2)
print(m ** 3, acc == m - identity(2), repr(acc))
