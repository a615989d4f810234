import asyncio


class FakeAPI:
    def __init__(self, items, page_size):
        self.items = items
        self.page_size = page_size

    async def list(self, cursor):
        await asyncio.sleep(0)
        end = cursor + self.page_size
        return self.items[cursor:end], end if end < len(self.items) else None


class Paginator:
    def __init__(self, api):
        self.api = api
        self.cursor = 0
        self.buffer = []
        self.done = False

    def __aiter__(self):
        return self

    async def __anext__(self):
        while not self.buffer:
            if self.done:
                raise StopAsyncIteration
            self.buffer, self.cursor = await self.api.list(self.cursor)
            self.done = self.cursor is None
        return self.buffer.pop(0)


def transform(item):
    return item.upper()


async def collect(api):
    names = list()
    async for item in Paginator(api):
        names.append(transform(item))
    return names


print(asyncio.run(collect(FakeAPI(["a", "b", "c", "d", "e"], 2))))
