"""An httpx-like client usable as `with` or `async with`; this script only uses it synchronously."""


class Response:
    def __init__(self, status, text):
        self.status, self.text = status, text

    def raise_for_status(self):
        if self.status >= 400:
            raise RuntimeError(self.status)
        return self


class Transport:
    def __init__(self):
        self.open = False

    def connect(self):
        self.open = True

    def close(self):
        self.open = False

    async def aclose(self):
        self.open = False

    def handle(self, method, url):
        return Response(200, f"{method} {url}")


class Client:
    def __init__(self, transport=None):
        self.transport = transport or Transport()

    def __enter__(self):
        self.transport.connect()
        return self

    def __exit__(self, *exc):
        self.transport.close()

    async def __aenter__(self):
        self.transport.connect()
        return self

    async def __aexit__(self, *exc):
        await self.transport.aclose()

    def get(self, url):
        return self.transport.handle("GET", url).raise_for_status()


def fetch_all(urls):
    with Client() as client:
        return [client.get(u).text for u in urls]


print(fetch_all(["/a", "/b"]))
