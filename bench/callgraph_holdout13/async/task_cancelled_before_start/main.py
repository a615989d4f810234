import asyncio


def load_remote(key):
    return {"key": key, "source": "remote"}


def load_local(key):
    return {"key": key, "source": "local"}


class Cache:
    def __init__(self):
        self.data = {}
        self.task = None

    async def refresh(self, key):
        self.data[key] = load_remote(key)

    async def warm(self, key):
        self.data[key] = load_local(key)
        self.task = asyncio.create_task(self.refresh(key))
        self.task.cancel()
        try:
            await self.task
        except asyncio.CancelledError:
            self.on_cancel(key)

    def on_cancel(self, key):
        self.data[key]["stale"] = True

    async def get(self, key):
        if key not in self.data:
            await self.warm(key)
        return self.data[key]


async def main():
    cache = Cache()
    print(await cache.get("users"))
    print(await cache.get("users"))


asyncio.run(main())
