import os


def read_env(name, default):
    return os.environ.get("APP_" + name.upper(), default)


def parse_seconds(text):
    return float(text.rstrip("s"))


class Setting:
    def __init__(self, default, parse=str):
        self.default = default
        self.parse = parse

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return self.parse(read_env(self.name, self.default))

    def __set__(self, obj, value):
        obj.__dict__[self.name] = value


class Config:
    timeout = Setting("5s", parse_seconds)
    region = Setting("eu-west-1")

    def describe(self):
        return f"{self.region} timeout={self.timeout}"


def override_for_tests():
    Config.timeout = 0.1
    Config.region = "local"


def main():
    override_for_tests()
    cfg = Config()
    print(cfg.describe(), Config.timeout)


main()
