class ConfigError(Exception):
    def __init__(self, key, hint=""):
        super().__init__(key)
        self.key = key
        self.hint = hint

    @classmethod
    def from_key_error(cls, exc, hint=""):
        return cls(exc.args[0], hint)

    def __str__(self):
        return f"missing {self.key} ({self.hint})"


class EnvConfigError(ConfigError):
    pass


def cleanup(log):
    log.append("cleanup")


def read(settings, key, log):
    try:
        return settings[key]
    except KeyError as exc:
        raise EnvConfigError.from_key_error(exc, hint="set it in .env") from exc
    finally:
        cleanup(log)


def root_cause(exc):
    while exc.__cause__ is not None:
        exc = exc.__cause__
    return exc


def load(settings):
    log = []
    try:
        return read(settings, "DEBUG", log), read(settings, "SECRET", log)
    except ConfigError as err:
        cause = root_cause(err)
        return type(cause).__name__, err.key, err.args, log


print(load({"DEBUG": True}))
