class Handler:
    def __init__(self, successor=None):
        self.successor = successor

    def handle(self, request):
        if self.can_handle(request):
            return self.process(request)
        if self.successor is not None:
            return self.successor.handle(request)
        return self.unhandled(request)

    def can_handle(self, request):
        return False

    def process(self, request):
        raise NotImplementedError

    def unhandled(self, request):
        return f"404 {request['path']}"


class StaticFiles(Handler):
    def can_handle(self, request):
        return request["path"].startswith("/static/")

    def process(self, request):
        return f"file {request['path'][8:]}"


class Api(Handler):
    def can_handle(self, request):
        return request["path"].startswith("/api/")

    def process(self, request):
        return f"json {route_api(request['path'][5:])}"


class Auth(Handler):
    def can_handle(self, request):
        return not request.get("user")

    def process(self, request):
        return "401 login required"


def route_api(name):
    return {"users": "[...]"}.get(name, "{}")


def build_chain():
    return Auth(StaticFiles(Api()))


chain = build_chain()
for req in [{"path": "/api/users", "user": "ada"}, {"path": "/static/a.css", "user": "ada"},
            {"path": "/admin"}, {"path": "/nope", "user": "bob"}]:
    print(chain.handle(req))
