import functools


def deep_merge(a, b):
    out = dict(a)
    for key, value in b.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = deep_merge(out[key], value)
        else:
            out[key] = value
    return out


def shallow_merge(a, b):
    return {**a, **b}


def redact(config, secret_keys):
    return {k: ("***" if k in secret_keys else v) for k, v in config.items()}


def merge_layers(layers, deep=True):
    combine = (lambda a, b: deep_merge(a, b)) if deep else (lambda a, b: shallow_merge(a, b))
    return functools.reduce(combine, layers, {})


def show(config, secrets=("password",)):
    printer = lambda c: print(redact(c, set(secrets)))
    printer(config)
    return config


base = {"db": {"host": "localhost", "port": 5432}, "password": "x"}
prod = {"db": {"host": "db.internal"}}
show(merge_layers([base, prod]))
show(merge_layers([base, prod], deep=False))
