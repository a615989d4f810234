class User:
    def __init__(self, name, role):
        self.name = name
        self.role = role

    def greet(self):
        return f"hi {self.name}"


class Permissions:
    def __init__(self, grants):
        self.grants = set(grants)

    def allows(self, action):
        return action in self.grants or "*" in self.grants


ROLES = {"admin": ["*"], "editor": ["read", "write"]}


def load(name):
    role = "admin" if name == "root" else "editor"
    return User(name, role), Permissions(ROLES[role])


def split_action(text):
    verb, _, target = text.partition(" ")
    return verb, target or None


def deny(user, verb):
    return f"{user.name} may not {verb}"


def handle(name, request):
    user, perms = load(name)
    verb, target = split_action(request)
    if not perms.allows(verb):
        return deny(user, verb)
    return f"{user.greet()}: {verb} {target}"


for name, req in [("root", "delete logs"), ("ada", "write post"), ("ada", "delete post")]:
    print(handle(name, req))
