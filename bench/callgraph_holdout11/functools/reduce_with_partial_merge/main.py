import functools
import operator


def merge(base, override, *, strategy):
    out = dict(base)
    for key, value in override.items():
        if key in out and isinstance(out[key], dict) and isinstance(value, dict):
            out[key] = merge(out[key], value, strategy=strategy)
        else:
            out[key] = strategy(out.get(key), value)
    return out


def prefer_new(old, new):
    return new


def append_lists(old, new):
    if isinstance(old, list) and isinstance(new, list):
        return old + new
    return prefer_new(old, new)


class Layer:
    def __init__(self, name, values):
        self.name = name
        self.values = values

    def enabled(self):
        return not self.name.startswith("_")


def load_layers():
    return [
        Layer("defaults", {"db": {"host": "localhost", "port": 5432}, "plugins": ["core"]}),
        Layer("site", {"db": {"host": "db.internal"}, "plugins": ["search"]}),
        Layer("_disabled", {"db": {"port": 1}}),
    ]


def combine(layers, strategy=prefer_new):
    step = functools.partial(merge, strategy=strategy)
    active = filter(Layer.enabled, layers)
    return functools.reduce(step, map(operator.attrgetter("values"), active), {})


print(combine(load_layers()))
print(combine(load_layers(), strategy=append_lists)["plugins"])
