class User:
    def __init__(self, name):
        self.name = name


def make_user(name):
    return User(name)
