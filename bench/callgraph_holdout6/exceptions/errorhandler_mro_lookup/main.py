class HTTPException(Exception):
    code = 500

    def __init__(self, description=None):
        super().__init__(description)
        self.description = description or self.default_description()

    def default_description(self):
        return "server error"


class NotFound(HTTPException):
    code = 404

    def default_description(self):
        return "not found"


class Gone(NotFound):
    code = 410


class App:
    def __init__(self):
        self.handlers = {}

    def errorhandler(self, exc_class):
        def register(fn):
            self.handlers[exc_class] = fn
            return fn

        return register

    def handle(self, error):
        for cls in type(error).__mro__:
            if cls in self.handlers:
                return self.handlers[cls](error)
        return "unhandled"

    def dispatch(self, view):
        try:
            return view()
        except HTTPException as error:
            return self.handle(error)


app = App()


@app.errorhandler(NotFound)
def not_found(error):
    return f"{error.code} {error.description}"


@app.errorhandler(HTTPException)
def generic(error):
    return f"{error.code} generic"


def missing():
    raise Gone()


def broken():
    raise HTTPException("boom")


print(app.dispatch(missing), app.dispatch(broken))
