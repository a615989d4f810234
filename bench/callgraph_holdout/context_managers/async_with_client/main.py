import asyncio


class Connection:
    async def send(self, data):
        return len(data)


class Client:
    def __init__(self, host):
        self.host = host
        self.conn = None

    async def __aenter__(self):
        self.conn = Connection()
        return self

    async def __aexit__(self, *exc):
        self.conn = None

    async def fetch(self, path):
        return await self.conn.send(path)


async def crawl(host):
    async with Client(host) as client:
        return await client.fetch("/")


asyncio.run(crawl("example"))
