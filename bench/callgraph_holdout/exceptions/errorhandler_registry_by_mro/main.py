class HTTPError(Exception):
    code = 500


class NotFound(HTTPError):
    code = 404


class BadRequest(HTTPError):
    code = 400


class App:
    def __init__(self):
        self.handlers = {}

    def errorhandler(self, exc_class):
        def register(func):
            self.handlers[exc_class] = func
            return func
        return register

    def handle(self, exc):
        for cls in type(exc).__mro__:
            if cls in self.handlers:
                return self.handlers[cls](exc)
        raise exc

    def call(self, view, *args):
        try:
            return view(*args)
        except HTTPError as exc:
            return self.handle(exc)


app = App()


@app.errorhandler(NotFound)
def not_found(exc):
    return "nothing here", exc.code


@app.errorhandler(HTTPError)
def generic(exc):
    return "error", exc.code


def fail(kind):
    if kind == "missing":
        raise NotFound()
    raise BadRequest()


app.call(fail, "missing")
app.call(fail, "broken")
