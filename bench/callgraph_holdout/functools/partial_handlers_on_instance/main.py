from functools import partial


class Server:
    def __init__(self):
        self.handlers = {
            "get": partial(self.respond, "GET"),
            "post": partial(self.respond, "POST"),
        }
        self.fallback = partial(log_unknown, self)

    def respond(self, verb, path):
        return verb + " " + path

    def handle(self, verb, path):
        handler = self.handlers.get(verb)
        if handler is None:
            return self.fallback(path)
        return handler(path)


def log_unknown(server, path):
    return "unknown " + path


server = Server()
server.handle("get", "/")
server.handle("put", "/x")
