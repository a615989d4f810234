import asyncio


def parse_title(url):
    return url.rsplit("/", 1)[-1]


class Crawler:
    def __init__(self, urls):
        self.queue = asyncio.Queue()
        for u in urls:
            self.queue.put_nowait(u)
        self.seen = []

    async def fetch(self, url):
        await asyncio.sleep(0)
        return parse_title(url)

    async def worker(self, name):
        while not self.queue.empty():
            url = await self.queue.get()
            self.seen.append(await self.fetch(url))
            self.queue.task_done()

    async def run(self, n):
        await asyncio.gather(*(self.worker(i) for i in range(n)))
        return self.seen


asyncio.run(Crawler(["a/x", "b/y"]).run(2))
