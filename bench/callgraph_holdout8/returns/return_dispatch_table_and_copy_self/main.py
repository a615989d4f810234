class Config:
    def __init__(self, **values):
        self.values = values

    def with_value(self, key, value):
        return self.__class__(**{**self.values, key: value})

    def merged(self, other):
        return type(self).create(self.values, other.values)

    @classmethod
    def create(cls, *dicts):
        out = {}
        for d in dicts:
            out.update(d)
        return cls(**out)


class StrictConfig(Config):
    def __init__(self, **values):
        super().__init__(**values)
        self.strict = True


def on_ok(cfg):
    return f"ok {sorted(cfg.values)}"


def on_err(cfg):
    return "error"


def responder(status):
    return {"ok": on_ok, "err": on_err}[status]


def deferred(cfg):
    return lambda: on_ok(cfg)


base = StrictConfig(a=1)
cfg = base.with_value("b", 2).merged(Config(c=3))
print(responder("ok")(cfg), deferred(base)(), cfg.strict)
