import functools


class SecretStore:
    def __init__(self, values):
        self.values = values
        self.reads = 0

    def read(self, key):
        self.reads += 1
        return self.values[key]


class Settings:
    def __init__(self, raw, secrets):
        self.raw = raw
        self.secrets = secrets

    @functools.cached_property
    def database_url(self):
        password = self.secrets.read("db_password")
        return build_url(self.raw["db_host"], password)

    @functools.cached_property
    def feature_flags(self):
        return frozenset(split_flags(self.raw.get("flags", "")))

    def enabled(self, flag):
        return flag in self.feature_flags

    @staticmethod
    @functools.cache
    def parse_size(text):
        return int(text.rstrip("kmg")) * {"k": 1, "m": 1024, "g": 1024 ** 2}[text[-1]]


def build_url(host, password):
    return f"postgres://app:{password}@{host}/app"


def split_flags(text):
    return [flag.strip() for flag in text.split(",") if flag.strip()]


if __name__ == "__main__":
    settings = Settings({"db_host": "db", "flags": "beta, search"}, SecretStore({"db_password": "pw"}))
    print(settings.database_url, settings.database_url)
    print(settings.enabled("beta"), settings.enabled("dark"))
    print(Settings.parse_size("4m"), Settings.parse_size("4m"), settings.secrets.reads)
