"""An HTTP server's middleware list: the debug toolbar is in the default list but
removed with list.remove() in production before the chain is built."""


def logging_mw(handler):
    def wrapped(request):
        request.setdefault("log", []).append("in")
        return handler(request)
    return wrapped


def debug_toolbar_mw(handler):
    def wrapped(request):
        return inject_toolbar(handler(request))
    return wrapped


def auth_mw(handler):
    def wrapped(request):
        request["user"] = lookup_user(request.get("token"))
        return handler(request)
    return wrapped


def inject_toolbar(body):
    return body + "<div id=toolbar>"


def lookup_user(token):
    return "ann" if token == "t1" else None


def index(request):
    return f"hello {request['user']}"


DEFAULT_MIDDLEWARE = [logging_mw, debug_toolbar_mw, auth_mw]


def build(view, debug):
    chain = list(DEFAULT_MIDDLEWARE)
    if not debug:
        chain.remove(debug_toolbar_mw)
    for mw in reversed(chain):
        view = mw(view)
    return view


app = build(index, debug=False)
print(app({"token": "t1"}))
