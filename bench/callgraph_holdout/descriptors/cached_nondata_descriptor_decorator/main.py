def build_url(env):
    return f"postgres://{env}"


class cached:
    def __init__(self, func):
        self.func = func
        self.name = func.__name__

    def __get__(self, obj, cls):
        if obj is None:
            return self
        value = self.func(obj)
        obj.__dict__[self.name] = value
        return value


class Settings:
    def __init__(self, env):
        self.env = env

    @cached
    def database_url(self):
        return build_url(self.env)

    @cached
    def debug(self):
        return self.env == "dev"


class Other:
    def database_url(self):  # same name, unrelated class
        return "sqlite://"


s = Settings("dev")
s.database_url
s.database_url
s.debug
