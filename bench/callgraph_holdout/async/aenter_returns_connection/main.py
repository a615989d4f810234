import asyncio


class Connection:
    def __init__(self, pool):
        self.pool = pool

    async def fetch(self, query):
        return [query]

    def release(self):
        self.pool.free += 1


class Pool:
    def __init__(self):
        self.free = 1
        self.current = None

    async def __aenter__(self):
        self.free -= 1
        self.current = Connection(self)
        return self.current

    async def __aexit__(self, *exc):
        self.current.release()


async def load():
    async with Pool() as conn:
        return await conn.fetch("select")


asyncio.run(load())
