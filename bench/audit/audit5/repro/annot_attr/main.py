class ConnectionInterface:
    def is_closed(self):
        raise NotImplementedError()


class HTTP11Connection(ConnectionInterface):
    def is_closed(self):
        return False


class ForwardConnection(ConnectionInterface):
    def is_closed(self):
        return False


class HTTPConnection(ConnectionInterface):
    def __init__(self):
        # Only ever an HTTP11Connection; the annotation widens to every subclass.
        self._connection: ConnectionInterface | None = None

    def connect(self):
        self._connection = HTTP11Connection()

    def is_closed(self):
        # FALSE edges: main.HTTPConnection.is_closed -> main.ForwardConnection.is_closed
        # and -> main.HTTPConnection.is_closed (itself)
        return self._connection.is_closed()


c = HTTPConnection()
c.connect()
print(c.is_closed(), ForwardConnection().is_closed())
