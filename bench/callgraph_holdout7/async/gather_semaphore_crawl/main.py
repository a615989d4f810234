import asyncio


class RateLimiter:
    def __init__(self, limit):
        self.semaphore = asyncio.Semaphore(limit)
        self.active = 0
        self.peak = 0

    async def __aenter__(self):
        await self.semaphore.acquire()
        self.active += 1
        self.peak = max(self.peak, self.active)

    async def __aexit__(self, *exc):
        self.active -= 1
        self.semaphore.release()


def parse(url):
    return url.rsplit("/", 1)[-1]


async def fetch(url, limiter):
    async with limiter:
        await asyncio.sleep(0)
        return parse(url)


async def crawl(urls):
    limiter = RateLimiter(2)
    pages = await asyncio.gather(*(fetch(u, limiter) for u in urls))
    return pages, limiter.peak


print(asyncio.run(crawl(["http://x/a", "http://x/b", "http://x/c"])))
