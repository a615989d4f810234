class Server:
    def __init__(self, port):
        self.port = port

    @property
    def port(self):
        return self._port

    @port.setter
    def port(self, value):
        self._port = check_port(value)


def check_port(value):
    return int(value)


server = Server("8080")
server.port + 1
