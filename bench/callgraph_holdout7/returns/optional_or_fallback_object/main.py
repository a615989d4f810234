class User:
    def __init__(self, name):
        self.name = name

    def greet(self):
        return f"hello {self.name}"

    def permissions(self):
        return ["read", "write"]


class AnonymousUser:
    name = "anonymous"

    def greet(self):
        return "hello stranger"

    def permissions(self):
        return []


USERS = {1: "ada"}


def find_user(user_id):
    name = USERS.get(user_id)
    if name is None:
        return None
    return User(name)


def current_user(session):
    return find_user(session.get("uid")) or AnonymousUser()


def make_greeter(session):
    user = current_user(session)
    return user.greet, len(user.permissions())


greet_known, n_known = make_greeter({"uid": 1})
greet_anon, n_anon = make_greeter({})
print(greet_known(), n_known, greet_anon(), n_anon)
