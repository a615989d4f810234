class User:
    def __init__(self, name):
        self.name = name

    def greet(self):
        return "hi " + self.name


class Admin(User):
    def greet(self):
        return "welcome " + self.name


ROWS = [("user", "ann"), ("admin", "bob")]


def load_users(rows):
    for kind, name in rows:
        if kind == "admin":
            yield Admin(name)
        else:
            yield User(name)


def all_users():
    yield from load_users(ROWS)


def greet_all():
    return [user.greet() for user in all_users()]


greet_all()
