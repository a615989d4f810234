"""A settings class whose metaclass resolves unknown upper-case class attributes from an env dict,
audits class attribute writes and provides class-only methods (Settings.reload(...))."""


class SettingsMeta(type):
    def __getattr__(cls, name):
        if name.isupper():
            return cls.coerce(name, cls.source().get(f"APP_{name}", cls.defaults[name]))
        raise AttributeError(name)

    def __setattr__(cls, name, value):
        if name.isupper():
            cls.audit.append(name)
        super().__setattr__(name, value)

    def source(cls):
        return cls.env

    def reload(cls, env):
        type.__setattr__(cls, "env", dict(env))
        return cls


class Settings(metaclass=SettingsMeta):
    env = {}
    audit = []
    defaults = {"DEBUG": "0", "WORKERS": "2"}

    @staticmethod
    def coerce(name, raw):
        return int(raw)


Settings.reload({"APP_WORKERS": "8"})
Settings.DEBUG = 1  # now a real class attribute: __getattr__ is no longer asked for it
print(Settings.WORKERS, Settings.DEBUG, Settings.audit)
