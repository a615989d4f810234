"""A WSGI-like app factory: middlewares are folded around the app with
functools.reduce (the production config lists none), and a cached_property manifest
is seeded from a build cache in __init__, so its getter never runs."""
import functools


def app(environ):
    return f"200 {environ['PATH_INFO']}"


def wrap_middleware(inner, middleware):
    return middleware(inner)


def gzip_middleware(inner):
    def handler(environ):
        return inner(environ) + " [gzip]"
    return handler


MIDDLEWARE = {"dev": [gzip_middleware], "prod": []}


def make_app(env):
    return functools.reduce(wrap_middleware, MIDDLEWARE[env], app)


class Assets:
    def __init__(self, cache=None):
        if cache is not None:
            self.__dict__["manifest"] = cache

    @functools.cached_property
    def manifest(self):
        return scan_static_dir()

    def url(self, name):
        return "/static/" + self.manifest.get(name, name)


def scan_static_dir():
    return {"app.js": "app.3f2a.js"}


handler = make_app("prod")
assets = Assets(cache={"app.js": "app.cached.js"})
print(handler({"PATH_INFO": "/"}), assets.url("app.js"), assets.url("app.js"))
