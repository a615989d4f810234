import functools


def app(environ):
    return f"app({environ['path']})"


def logging_mw(next_app):
    @functools.wraps(next_app)
    def handler(environ):
        log(environ["path"])
        return next_app(environ)

    return handler


def gzip_mw(next_app):
    @functools.wraps(next_app)
    def handler(environ):
        return compress(next_app(environ))

    return handler


def log(path):
    print("log", path)


def compress(body):
    return f"gz[{body}]"


def build(base, middlewares):
    return functools.reduce(lambda acc, mw: mw(acc), reversed(middlewares), base)


stack = build(app, [logging_mw, gzip_mw])
print(stack({"path": "/"}), stack.__name__)
