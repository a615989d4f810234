"""A URL router: routes built with map(), scanned lazily with next() over a generator of matches."""
import re


class Route:
    def __init__(self, spec):
        pattern, self.view = spec
        self.regex = re.compile("^" + re.sub(r"<(\w+)>", r"(?P<\1>[^/]+)", pattern) + "$")

    def match(self, path):
        m = self.regex.match(path)
        return m.groupdict() if m else None


def user_detail(req, user_id):
    return f"user {user_id}"


def user_list(req):
    return "users"


def static_file(req, name):
    return f"file {name}"


def not_found(req):
    return "404"


ROUTES = list(map(Route, [("/users", user_list), ("/users/<user_id>", user_detail), ("/static/<name>", static_file)]))


def dispatch(path):
    hits = ((route, route.match(path)) for route in ROUTES)
    route, params = next(((r, p) for r, p in hits if p is not None), (None, None))
    return route.view(path, **params) if route else not_found(path)


print([dispatch(p) for p in ["/users", "/users/7", "/nope"]])
