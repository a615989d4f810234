class Config:
    def __init__(self, values=None, source="defaults"):
        self.values = dict(values or {})
        self.sources = [source]

    def __or__(self, other):
        if isinstance(other, Config):
            return merged(self, other.values, other.sources)
        if isinstance(other, dict):
            return merged(self, other, ["dict"])
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, dict):
            return merged(Config(other, "dict"), self.values, self.sources)
        return NotImplemented

    def __ior__(self, other):
        self.values.update(other.values if isinstance(other, Config) else other)
        self.sources.append(getattr(other, "sources", ["dict"])[0])
        return self

    def __getitem__(self, key):
        return self.values[key]

    def __eq__(self, other):
        return isinstance(other, Config) and self.values == other.values

    __hash__ = None


def merged(base, values, sources):
    result = Config(base.values, base.sources[0])
    result.sources += base.sources[1:] + list(sources)
    result.values.update(values)
    return result


if __name__ == "__main__":
    defaults = Config({"debug": False, "port": 80})
    env = Config({"port": 8080}, "env")
    cfg = defaults | env | {"debug": True}
    cli = {"workers": 4} | cfg
    cli |= {"port": 9000}
    print(cfg["port"], cli["port"], cli.sources, cfg == defaults | env | {"debug": True})
