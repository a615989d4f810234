"""Cause D (webob #10 #28 #52): branches chosen together.  (1) getter(key, default): each property
it makes gets the fget of one branch, chosen by whether a default was given; `self.path`
(no default) never runs the second fget.  (2) `if PY2:` in one place and `if PY3:` in
another: on Python 3 iteritems_ calls d.items(), which is iteritems there; the `def items`
under `if PY2:` runs only on Python 2, where iteritems_ calls d.iteritems() instead.
(3) wsgify-like call(req, *args): called as a WSGI app (args given) req is the environ dict and
`environ = req`; called with a Request (no args) it never takes that branch; so environ is
never a Request, and respond's environ.get() never runs Request.__getattr__ (the branch also
rebinds `req = Request(environ)`, as webob does)."""
import sys

PY2 = sys.version_info[0] == 2
PY3 = not PY2
_missing = object()


def getter(key, default=_missing):
    if default is _missing:
        def fget(req):
            return req.environ[key]
    else:
        def fget(req):
            return req.environ.get(key, default)
    return property(fget)


class Request:
    path = getter("PATH")
    method = getter("METHOD", "GET")

    def __init__(self, environ):
        self.environ = environ

    def url(self):
        return "/" + self.path


class MultiDict:
    def __init__(self, items):
        self._items = items

    def iteritems(self):
        return iter(self._items)

    if PY2:
        def items(self):
            return self._items[:]
    else:
        items = iteritems


if PY3:
    def iteritems_(d):
        return list(d.items())
else:
    def iteritems_(d):
        return list(d.iteritems())


class WRequest:
    def __init__(self, environ):
        self.environ = environ

    def __getattr__(self, name):
        return self.environ["adhoc"][name]


def respond(environ):
    return environ.get("HTTP_ACCEPT", "*/*")


def call(req, *args):
    if args:
        environ = req
        req = WRequest(environ)
        return respond(environ), req.environ is environ
    return req.environ["HTTP_ACCEPT"]


def main():
    r = Request({"PATH": "a"})
    return (r.url(), r.method, iteritems_(MultiDict([("k", 1)])),
            call({"HTTP_ACCEPT": "text/html"}, "start"), call(WRequest({"HTTP_ACCEPT": "a/b", "adhoc": {}})))
