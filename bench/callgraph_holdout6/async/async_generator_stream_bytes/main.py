import asyncio


class Response:
    def __init__(self, chunks):
        self.chunks = chunks
        self.closed = False

    async def aiter_bytes(self):
        for chunk in self.chunks:
            await asyncio.sleep(0)
            yield decode(chunk)

    async def aclose(self):
        self.closed = True


def decode(chunk):
    return chunk.upper()


class AsyncClient:
    async def stream(self, url):
        return Response([url[:2], url[2:]])


async def download(client, url):
    response = await client.stream(url)
    parts = []
    try:
        async for part in response.aiter_bytes():
            parts.append(part)
    finally:
        await response.aclose()
    return "".join(parts)


print(asyncio.run(download(AsyncClient(), "abcd")))
