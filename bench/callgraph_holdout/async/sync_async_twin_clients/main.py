import asyncio


class Request:
    def __init__(self, method, url):
        self.method = method
        self.url = url


class BaseClient:
    def build_request(self, method, url):
        return Request(method, self.base + url)


class Client(BaseClient):
    base = "http://sync"

    def send(self, request):
        return "sync " + request.url

    def get(self, url):
        return self.send(self.build_request("GET", url))


class AsyncClient(BaseClient):
    base = "http://async"

    async def send(self, request):
        return "async " + request.url

    async def get(self, url):
        return await self.send(self.build_request("GET", url))


async def fetch_async():
    return await AsyncClient().get("/b")


Client().get("/a")
asyncio.run(fetch_async())
