class Request:
    def __init__(self, path):
        self.path = path


class EchoHandler:
    def handle(self, request):
        return self.render(request.path)

    def render(self, text):
        return text


class Logger:
    # same method names as the handler, never used by the server
    def handle(self, record):
        return record

    def render(self, record):
        return str(record)


class Server:
    def __init__(self, handler_factory):
        self.handler_factory = handler_factory

    def serve(self, path):
        handler = self.handler_factory()
        return handler.handle(Request(path))


server = Server(EchoHandler)
server.serve("/a")
