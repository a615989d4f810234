from collections.abc import MutableMapping


class EnvConfig(MutableMapping):
    """Environment-style settings: keys are prefixed and upper-cased, values strings."""

    def __init__(self, prefix, **initial):
        self.prefix = prefix
        self._data = {}
        self.update(initial)

    def _key(self, key):
        return self.prefix + key.upper()

    def __getitem__(self, key):
        return self._data[self._key(key)]

    def __setitem__(self, key, value):
        self._data[self._key(key)] = str(value)

    def __delitem__(self, key):
        del self._data[self._key(key)]

    def __iter__(self):
        return (k[len(self.prefix):].lower() for k in self._data)

    def __len__(self):
        return len(self._data)


def load_defaults(cfg):
    cfg.setdefault("debug", False)
    cfg.setdefault("port", 8000)
    return cfg.pop("legacy", None)


cfg = EnvConfig("APP_", port=8080, legacy="yes")
print(load_defaults(cfg), cfg.get("port"), cfg.get("missing", "-"))
print(dict(cfg.items()), len(cfg), "debug" in cfg)
