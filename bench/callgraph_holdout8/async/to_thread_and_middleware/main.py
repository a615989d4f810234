import asyncio
from contextlib import asynccontextmanager


def fold(data):
    return sum(b * (i + 1) for i, b in enumerate(data))


def checksum(data):
    return fold(data) % 251


class Request:
    def __init__(self, path, body):
        self.path = path
        self.body = body


class Response:
    def __init__(self, status, text):
        self.status = status
        self.text = text


def record(log):
    log.append(len(log))


@asynccontextmanager
async def timing(log, name):
    log.append(f"start {name}")
    try:
        yield
    finally:
        log.append(f"end {name}")
        record(log)


async def handler(request):
    digest = await asyncio.to_thread(checksum, request.body)
    return Response(200, str(digest))


async def logging_middleware(request, call_next, log):
    async with timing(log, request.path):
        return await call_next(request)


async def app(request, log):
    return await logging_middleware(request, handler, log)


async def serve():
    log = []
    resp = await app(Request("/sum", b"abc"), log)
    return resp.status, resp.text, log


print(asyncio.run(serve()))
