AUDIT = []


class Route:
    def __init__(self, prefix, handler):
        self.prefix = prefix
        self.handler = handler

    def matches(self, path):
        return path.startswith(self.prefix)


def index(path):
    return "index"


def api(path):
    return "api:" + path


def not_found(path):
    return "404"


def audit(path):
    AUDIT.append(path)


def build_response(handler, path):
    body = handler(path)
    return {"status": 404 if handler is not_found else 200, "body": body}


def resolve(routes, path):
    for route in routes:
        if route.matches(path):
            return build_response(route.handler, path)
    return build_response(not_found, path)


def cached_resolve(cache, routes, path):
    try:
        return cache[path]
    except KeyError:
        result = cache[path] = resolve(routes, path)
        return result
    finally:
        audit(path)


routes = [Route("/api", api), Route("/", index)]
cache = {}
print(cached_resolve(cache, routes, "/api/users"), cached_resolve(cache, routes, "/api/users"))
print(resolve(routes, "/about"), AUDIT)
