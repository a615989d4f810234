def do_get(resource):
    return f"GET {resource}"


def do_put(resource):
    return f"PUT {resource}"


def do_delete(resource):
    return f"DELETE {resource}"


def legacy_fetch(resource):
    return f"FETCH {resource}"


def modern_fetch(resource):
    return f"fetch {normalize(resource)}"


def normalize(resource):
    return resource.strip("/")


def not_allowed(resource):
    return f"405 {resource}"


METHODS = dict(zip(["get", "put"], [do_get, do_put, do_delete]))
ALIASES = {"FETCH": legacy_fetch, "fetch": modern_fetch}
ROUTES = {key.lower(): fn for key, fn in ALIASES.items()} | METHODS


def handle(method, resource):
    return ROUTES.get(method.lower(), not_allowed)(resource)


def main():
    for method, resource in [("GET", "/a"), ("PUT", "/b"), ("DELETE", "/c"), ("Fetch", "/d/")]:
        print(handle(method, resource))


main()
