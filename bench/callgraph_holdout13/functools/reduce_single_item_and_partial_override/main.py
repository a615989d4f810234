from functools import partial, reduce


def merge(left, right):
    return deep_merge(dict(left), right)


def deep_merge(base, extra):
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(base.get(key), dict):
            base[key] = merge(base[key], value)
        else:
            base[key] = value
    return base


def as_json(data):
    return str(sorted(data.items()))


def as_ini(data):
    return "\n".join(f"{k}={v}" for k, v in sorted(data.items()))


def render(data, fmt=as_json):
    return fmt(data)


def load_layers(*layers):
    return reduce(merge, layers)


def main():
    defaults = {"db": {"host": "localhost", "port": 5432}, "debug": False}
    only = load_layers(defaults)
    both = load_layers(defaults, {"db": {"port": 6543}, "debug": True})
    show = partial(render, fmt=as_json)
    print(show(only, fmt=as_ini))
    print(show(both, fmt=as_ini))


main()
