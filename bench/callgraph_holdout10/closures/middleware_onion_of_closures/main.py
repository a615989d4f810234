"""A WSGI-ish middleware onion: each layer is a closure wrapping the next one."""


def wrap(layer, inner):
    def call(request):
        return layer(request, inner)
    return call


def build(app, middlewares):
    handler = app
    for mw in reversed(middlewares):
        handler = wrap(mw, handler)
    return handler


def auth(request, next_):
    if not request.get("user"):
        return {"status": 401}
    return next_(request)


def timing(request, next_):
    response = next_(request)
    response["x-time"] = "1ms"
    return response


def gzip(request, next_):
    response = next_(request)
    response["encoding"] = "gzip"
    return response


def app(request):
    return {"status": 200, "body": "hi " + request["user"]}


handler = build(app, [timing, auth, gzip])
print(handler({"user": "ada"}))
print(handler({}))
