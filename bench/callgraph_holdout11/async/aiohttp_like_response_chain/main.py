import asyncio
import json


class HttpError(Exception):
    pass


class Response:
    def __init__(self, status, body):
        self.status = status
        self._body = body

    async def read(self):
        await asyncio.sleep(0)
        return self._body

    async def json(self):
        return json.loads(await self.read())

    def raise_for_status(self):
        if self.status >= 400:
            raise HttpError(self.status)
        return self


class Session:
    def __init__(self, routes):
        self.routes = routes
        self.closed = False

    async def get(self, url):
        return await self._request("GET", url)

    async def _request(self, method, url):
        status, body = self.routes.get(url, (404, "null"))
        return Response(status, body)

    async def close(self):
        self.closed = True

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        await self.close()


async def fetch_user(session, user_id):
    resp = await session.get(f"/users/{user_id}")
    return await resp.raise_for_status().json()


async def main():
    routes = {"/users/1": (200, '{"name": "ada"}')}
    async with Session(routes) as session:
        user = await fetch_user(session, 1)
        try:
            await fetch_user(session, 2)
        except HttpError as exc:
            print("missing", exc)
    print(user)


asyncio.run(main())
