"""Flask-like error handling: handlers are registered per exception class and found
by walking type(exc).__mro__, so NotFound is handled by the HTTPError handler."""


class HTTPError(Exception):
    code = 500

    def __init__(self, detail=""):
        super().__init__(detail)
        self.detail = detail


class NotFound(HTTPError):
    code = 404


class Conflict(HTTPError):
    code = 409


class App:
    def __init__(self):
        self.handlers = {}
        self.views = {}

    def errorhandler(self, exc_class):
        def register(fn):
            self.handlers[exc_class] = fn
            return fn
        return register

    def find_handler(self, exc):
        for cls in type(exc).__mro__:
            if cls in self.handlers:
                return self.handlers[cls]
        raise exc

    def dispatch(self, path):
        try:
            return self.views[path]()
        except Exception as exc:
            return self.find_handler(exc)(exc)


app = App()


@app.errorhandler(HTTPError)
def http_error(exc):
    return f"{exc.code}: {exc.detail}"


@app.errorhandler(KeyError)
def missing_key(exc):
    return f"400: missing {exc}"


def show_user():
    raise NotFound("no such user")


def create_user():
    return {}["name"]


app.views = {"/user": show_user, "/create": create_user}
print(app.dispatch("/user"), app.dispatch("/create"))
