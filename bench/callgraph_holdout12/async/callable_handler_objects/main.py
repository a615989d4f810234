import asyncio


class Client:
    def __init__(self, base):
        self.base = base
        self.sent = []

    @classmethod
    async def connect(cls, base):
        await asyncio.sleep(0)
        return cls(base)

    async def post(self, path, body):
        self.sent.append((self.base + path, body))
        return 202


class SlackHook:
    def __init__(self, client, channel):
        self.client = client
        self.channel = channel

    async def __call__(self, event):
        return await self.client.post("/slack", {"channel": self.channel, "text": render(event)})


class StoreHook:
    def __init__(self):
        self.events = []

    async def __call__(self, event):
        self.events.append(event)
        return 200


def render(event):
    return f"{event['type']}: {event['id']}"


class Dispatcher:
    def __init__(self, *handlers):
        self.handlers = list(handlers)

    async def dispatch(self, event):
        codes = []
        for handler in self.handlers:
            codes.append(await handler(event))
        return codes


async def main():
    client = await Client.connect("https://hooks")
    store = StoreHook()
    dispatcher = Dispatcher(SlackHook(client, "#ops"), store)
    print(await dispatcher.dispatch({"type": "deploy", "id": 42}))
    print(client.sent, store.events)


asyncio.run(main())
