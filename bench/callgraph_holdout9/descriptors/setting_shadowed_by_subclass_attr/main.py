"""A settings framework: Setting descriptors read environment overrides in __get__.
The only class instantiated, FastProfile, replaces `timeout` with a plain class
attribute, so only `retries` goes through the descriptor."""


ENV = {"RETRIES": "5"}


class Setting:
    def __init__(self, default, cast=int):
        self.default = default
        self.cast = cast
        self.name = None

    def __set_name__(self, owner, name):
        self.name = name.upper()

    def __get__(self, instance, owner):
        if instance is None:
            return self
        return self.cast(lookup_env(self.name, self.default))

    def describe(self):
        return f"{self.name} (default {self.default})"


def lookup_env(key, default):
    return ENV.get(key, default)


def seconds(value):
    return float(value)


class Profile:
    timeout = Setting(30, cast=seconds)
    retries = Setting(3)

    def summary(self):
        return f"timeout={self.timeout} retries={self.retries}"


class FastProfile(Profile):
    timeout = 0.5


profile = FastProfile()
print(profile.summary())
print(Profile.retries.describe())
