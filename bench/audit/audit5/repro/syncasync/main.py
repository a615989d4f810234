class Response:
    """Shared by the sync and the async half, like httpcore._models.Response."""

    def __init__(self, status, extensions=None):
        self.status = status
        self.extensions = {} if extensions is None else extensions


class Stream:
    def read(self):
        return b""


class AsyncStream:
    async def read(self):
        return b""


class Connection:
    def request(self):
        return Response(200, extensions={"network_stream": Stream()})


class AsyncConnection:
    async def request(self):
        return Response(200, extensions={"network_stream": AsyncStream()})


class Tunnel:
    def connect(self):
        response = Connection().request()
        stream = response.extensions["network_stream"]
        return stream.read()  # FALSE edge: main.Tunnel.connect -> main.AsyncStream.read


class AsyncTunnel:
    async def connect(self):
        response = await AsyncConnection().request()
        stream = response.extensions["network_stream"]
        return await stream.read()  # FALSE edge: main.AsyncTunnel.connect -> main.Stream.read


Tunnel().connect()
