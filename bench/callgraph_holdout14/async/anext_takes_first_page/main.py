"""Only the first page is taken from the async generator; the rest of its body never runs."""
import asyncio
import contextlib


class Api:
    def __init__(self, pages):
        self.pages = pages
        self.calls = 0

    async def fetch(self, page):
        self.calls += 1
        await asyncio.sleep(0)
        return self.pages.get(page, [])


def log_done(count):
    print(f"fetched {count} pages")


async def paginate(api, first=1):
    page = first
    while True:
        items = await api.fetch(page)
        if not items:
            break
        yield items
        page += 1
    log_done(page - first)


async def first_page(api):
    async with contextlib.aclosing(paginate(api)) as pages:
        return await anext(pages, [])


async def main():
    api = Api({1: ["a", "b"], 2: ["c"]})
    print(await first_page(api))
    print(await api.fetch(2))
    print(api.calls)


asyncio.run(main())
