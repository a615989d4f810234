class AppError(Exception):
    def status(self):
        return 500

    def __str__(self):
        return f"{type(self).__name__}: {self.args[0]}"


class NotFound(AppError):
    def status(self):
        return 404


class Invalid(AppError):
    def __init__(self, field, reason):
        super().__init__(f"{field} {reason}")
        self.field = field

    def status(self):
        return 422


USERS = {"ada": {"age": 36}}


def load_user(name):
    return USERS[name]


def get_user(name):
    try:
        return load_user(name)
    except KeyError:
        raise NotFound(name) from None


def set_age(name, age):
    user = get_user(name)
    if age < 0:
        raise Invalid("age", "must be positive")
    user["age"] = age
    return user


def api(func, *args):
    try:
        return 200, func(*args)
    except AppError as err:
        return err.status(), f"{err}"


def main():
    print(api(get_user, "ada"))
    print(api(get_user, "bob"))
    print(api(set_age, "ada", -1))


main()
