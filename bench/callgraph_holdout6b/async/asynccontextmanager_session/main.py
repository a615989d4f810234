import asyncio
import contextlib


class Connection:
    def __init__(self, dsn):
        self.dsn = dsn
        self.open = True

    async def fetch(self, sql):
        await asyncio.sleep(0)
        return [sql.upper()]

    async def close(self):
        self.open = False


async def connect(dsn):
    await asyncio.sleep(0)
    return Connection(dsn)


@contextlib.asynccontextmanager
async def session(dsn):
    conn = await connect(dsn)
    try:
        yield conn
    finally:
        await conn.close()


async def main():
    async with session("db://x") as conn:
        rows = await conn.fetch("select 1")
    return rows, conn.open


print(asyncio.run(main()))
