"""An API client that pages through results with an async generator, consumed by
`async for`, an async comprehension, and an early `aclose()`."""
import asyncio
from contextlib import aclosing


class Page:
    def __init__(self, items, next_token):
        self.items = items
        self.next_token = next_token


class Transport:
    def __init__(self, data):
        self.data = data
        self.calls = 0

    async def get(self, token):
        self.calls += 1
        await asyncio.sleep(0)
        start = token or 0
        chunk = self.data[start:start + 2]
        nxt = start + 2 if start + 2 < len(self.data) else None
        return Page(chunk, nxt)


class Client:
    def __init__(self, transport):
        self.transport = transport

    async def pages(self):
        token = None
        while True:
            page = await self.transport.get(token)
            yield page
            if page.next_token is None:
                break
            token = page.next_token

    async def items(self):
        async with aclosing(self.pages()) as pages:
            async for page in pages:
                for item in page.items:
                    yield item


async def first_item(client):
    gen = client.items()
    try:
        return await gen.__anext__()
    finally:
        await gen.aclose()


async def main():
    client = Client(Transport(list("abcde")))
    everything = [item async for item in client.items()]
    head = await first_item(client)
    return everything, head


print(asyncio.run(main()))
