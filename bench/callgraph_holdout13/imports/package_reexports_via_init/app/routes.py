def list_users(db):
    return db.query("users")


def not_found(db):
    return "404"


ROUTES = {"/users": list_users}


def resolve(path):
    return ROUTES.get(path, not_found)
