import os


class Settings:
    def __init__(self, module):
        self.DEBUG = module.get("DEBUG", False)
        self.DATABASES = module.get("DATABASES", {})
        self.SECRET_KEY = module["SECRET_KEY"]


def load_settings_module():
    return {"DEBUG": os.sep == "/", "SECRET_KEY": "s3cret"}


class LazySettings:
    def __init__(self):
        self.__dict__["_wrapped"] = None

    def _setup(self):
        self.__dict__["_wrapped"] = Settings(load_settings_module())

    def __getattr__(self, name):
        if self._wrapped is None:
            self._setup()
        value = getattr(self._wrapped, name)
        self.__dict__[name] = value
        return value

    def __setattr__(self, name, value):
        if self._wrapped is None:
            self._setup()
        self.__dict__.pop(name, None)
        setattr(self._wrapped, name, value)


settings = LazySettings()
settings.SECRET_KEY = "rotated"
print(settings.DEBUG, settings.DEBUG, settings.SECRET_KEY)
