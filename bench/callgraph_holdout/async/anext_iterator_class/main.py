import asyncio


class Row:
    def __init__(self, n):
        self.n = n

    def show(self):
        return str(self.n)


class Cursor:
    def __init__(self, limit):
        self.i = 0
        self.limit = limit

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.limit:
            raise StopAsyncIteration
        self.i += 1
        return Row(self.i)


class SyncCursor:
    def __init__(self, limit):
        self.rows = [Row(i) for i in range(limit)]

    def __iter__(self):
        return iter(self.rows)


async def dump():
    out = []
    async for row in Cursor(2):
        out.append(row.show())
    return out


def dump_sync():
    return [row.n for row in SyncCursor(2)]


asyncio.run(dump())
dump_sync()
