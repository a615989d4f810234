class Config:
    def __init__(self, defaults, overrides):
        self._defaults = defaults
        self._overrides = overrides

    def keys(self):
        return sorted(set(self._defaults) | set(self._overrides))

    def __getitem__(self, key):
        if key in self._overrides:
            return self._overrides[key]
        return self._defaults[key]

    def __iter__(self):
        return iter(self.keys())

    def __len__(self):
        return len(self.keys())


def connect(host, port, debug=False):
    return f"{host}:{port} debug={debug}"


def snapshot(cfg):
    return dict(cfg)


cfg = Config({"host": "localhost", "port": 5432}, {"port": 6543})
print(connect(**cfg), snapshot(cfg), len(cfg))
