def check_type(name, value, expected):
    if not isinstance(value, expected):
        raise TypeError(f"{name} must be {expected.__name__}")


def audit(message):
    AUDIT.append(message)


AUDIT = []


class SettingsMeta(type):
    def __setattr__(cls, name, value):
        current = cls.__dict__.get(name)
        if current is not None:
            check_type(name, value, type(current))
        audit(f"{cls.__name__}.{name} = {value!r}")
        super().__setattr__(name, value)

    def __call__(cls, *args, **kwargs):
        raise TypeError(f"{cls.__name__} is a namespace, not instantiable")

    def __contains__(cls, name):
        return not name.startswith("_") and name in cls.__dict__

    def as_dict(cls):
        return {k: v for k, v in vars(cls).items() if k in cls}


class Settings(metaclass=SettingsMeta):
    debug = False
    workers = 4
    region = "eu"


def configure(overrides):
    for key, value in overrides.items():
        try:
            setattr(Settings, key, value)
        except TypeError as exc:
            audit(str(exc))


def main():
    configure({"debug": True, "workers": "many"})
    Settings.region = "us"
    print("workers" in Settings, "_secret" in Settings)
    print(Settings.as_dict(), AUDIT)


main()
