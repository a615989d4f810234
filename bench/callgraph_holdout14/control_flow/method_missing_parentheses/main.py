"""`if user.is_admin:` tests the bound method, which is always true: it is never called."""


class User:
    def __init__(self, name, roles):
        self.name = name
        self.roles = set(roles)

    def is_admin(self):
        return "admin" in self.roles

    def is_active(self):
        return not self.roles.isdisjoint({"admin", "editor", "viewer"})


def grant_all(user):
    return f"{user.name}: full access"


def grant_read(user):
    return f"{user.name}: read-only"


def deny(user):
    return f"{user.name}: denied"


def authorize(user):
    if not user.is_active():
        return deny(user)
    if user.is_admin:
        return grant_all(user)
    return grant_read(user)


for user in (User("root", ["admin"]), User("eve", ["viewer"]), User("mallory", [])):
    print(authorize(user))
