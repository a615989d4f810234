"""Cause E (asgiref #41): a parameter rebound under an `if` holds both values everywhere.
guarantee() rebinds `app = wrap(app)` only when app is double-callable, and wrap() only ever
gets the user's app, never its own new_app (an async/single-callable is never wrapped), so
new_app's `app(scope)` never calls new_app."""


def is_double(app):
    return isinstance(app, type)


def wrap(app):
    def new_app(scope, send):
        instance = app(scope)
        return instance(send)
    return new_app


def guarantee(app):
    if is_double(app):
        app = wrap(app)
    return app


class Legacy:
    def __init__(self, scope):
        self.scope = scope

    def __call__(self, send):
        return send(self.scope)


def main():
    app = guarantee(Legacy)
    return app("scope", lambda s: s.upper())
