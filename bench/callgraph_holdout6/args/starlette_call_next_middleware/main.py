class Request:
    def __init__(self, path):
        self.path = path
        self.headers = {}


class Response:
    def __init__(self, body, status=200):
        self.body = body
        self.status = status


def endpoint(request):
    return Response(f"hello {request.path}")


class TimingMiddleware:
    def __init__(self, app):
        self.app = app

    def dispatch(self, request, call_next):
        response = call_next(request)
        response.body += " (timed)"
        return response

    def __call__(self, request):
        return self.dispatch(request, self.app)


class AuthMiddleware:
    def __init__(self, app):
        self.app = app

    def dispatch(self, request, call_next):
        if request.path.startswith("/admin"):
            return deny(request)
        request.headers["user"] = "anon"
        return call_next(request)

    def __call__(self, request):
        return self.dispatch(request, self.app)


def deny(request):
    return Response("forbidden", 403)


def build(app, *middleware):
    for cls in reversed(middleware):
        app = cls(app)
    return app


app = build(endpoint, TimingMiddleware, AuthMiddleware)
print(app(Request("/home")).body)
print(app(Request("/admin")).status)
