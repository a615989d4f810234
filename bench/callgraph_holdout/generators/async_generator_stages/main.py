import asyncio


async def numbers(limit):
    for n in range(limit):
        await asyncio.sleep(0)
        yield n


async def squares(limit):
    async for n in numbers(limit):
        yield square(n)


def square(n):
    return n * n


async def collect(limit):
    return [value async for value in squares(limit)]


asyncio.run(collect(3))
