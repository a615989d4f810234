import asyncio


class Response:
    def __init__(self, status, body):
        self.status = status
        self.body = body

    async def json(self):
        await asyncio.sleep(0)
        return {"body": self.body}


class Session:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        await self.close()

    async def close(self):
        self.closed = True

    async def get(self, url):
        await asyncio.sleep(0)
        return Response(200, url)


class APIClient:
    def __init__(self, base):
        self.base = base

    async def fetch(self, path):
        async with Session() as session:
            resp = await session.get(self.base + path)
            return await resp.json()


async def main():
    client = APIClient("http://api")
    return await client.fetch("/users")


asyncio.run(main())
