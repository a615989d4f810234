DEFAULTS = {"port": "8000", "debug": "false", "workers": "2", "name": "app"}


def to_int(value):
    return int(value)


def to_bool(value):
    return str(value).lower() in {"1", "true", "yes"}


def to_str(value):
    return str(value).strip()


CONVERTERS = {"port": to_int, "workers": to_int, "debug": to_bool}


def from_env(environ, prefix="APP_"):
    return {key[len(prefix):].lower(): value for key, value in environ.items() if key.startswith(prefix)}


def normalize(raw):
    return {key: CONVERTERS.get(key, to_str)(value) for key, value in raw.items()}


def merge(*layers):
    merged = {}
    for layer in layers:
        merged.update(layer)
    return merged


def validate(port, workers, **rest):
    if not 0 < port < 65536:
        raise ValueError(port)
    return {"port": port, "workers": max(1, workers), **rest}


def load(environ, overrides):
    config = normalize(merge(DEFAULTS, from_env(environ), overrides))
    return validate(**config)


if __name__ == "__main__":
    env = {"APP_PORT": "9000", "APP_DEBUG": "yes", "HOME": "/root"}
    print(load(env, {"name": " api "}))
    print(load({"APP_WORKERS": "0"}, {}))
