import asyncio


class Tick:
    def __init__(self, n):
        self.n = n

    async def handle(self):
        return self.n


async def ticks(count):
    for n in range(count):
        yield Tick(n)


async def consume():
    total = 0
    async for tick in ticks(2):
        total += await tick.handle()
    return total


asyncio.run(consume())
