class ResultIterator:
    def __init__(self, rows):
        self.rows = rows
        self.index = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.index >= len(self.rows):
            raise StopIteration
        self.index += 1
        return self.rows[self.index - 1]


class CursorWrapper:
    def __init__(self, rows):
        self.rows = rows

    def __iter__(self):
        return ResultIterator(self.rows)


def bucket(parents):
    # parents is a plain list: iterating it runs no CursorWrapper or ResultIterator code.
    # FALSE edges: main.bucket -> main.CursorWrapper.__iter__, -> main.ResultIterator.__next__
    return [p * 2 for p in parents]


print(bucket(list(CursorWrapper([1, 2]))))
