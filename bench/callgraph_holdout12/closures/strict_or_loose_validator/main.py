import re

EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[a-z]+$")


def mx_lookup(domain):
    print("resolving", domain)
    return True


def normalize(value):
    return value.strip().lower()


def make_validator(strict=False, blocked=()):
    def loose(value):
        value = normalize(value)
        return bool(EMAIL.match(value)) and not is_blocked(value)

    def strict_check(value):
        if not loose(value):
            return False
        return mx_lookup(value.rsplit("@", 1)[1])

    def is_blocked(value):
        return value.rsplit("@", 1)[1] in blocked

    return strict_check if strict else loose


class SignupForm:
    validate_email = staticmethod(make_validator(blocked=("spam.io",)))

    def __init__(self, email):
        self.email = email

    def errors(self):
        return [] if self.validate_email(self.email) else ["email"]


if __name__ == "__main__":
    for email in ["Ada@Example.org ", "bob@spam.io", "nope"]:
        print(email, SignupForm(email).errors())
