import os


class Settings:
    def __init__(self, **defaults):
        self.values = dict(defaults)
        self.overrides = {}

    def get(self, key):
        return self.overrides.get(key, self.values.get(key))

    def override(self, **values):
        self.overrides.update(values)
        return self


def env_flag(name, default=False):
    return os.environ.get(name, str(default)).lower() in ("1", "true")


settings = Settings(db_url="sqlite://", debug=env_flag("APP_DEBUG_NEVER_SET"), pool=2)
