def list_users():
    return []


def create_user():
    return {}


def list_posts():
    return []


ROUTES = {
    "users": {"GET": list_users, "POST": create_user},
    "posts": {"GET": list_posts},
}


def dispatch(resource, method):
    return ROUTES[resource][method]()


dispatch("users", "GET")
dispatch("users", "POST")
dispatch("posts", "GET")
