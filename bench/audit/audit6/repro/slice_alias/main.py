# structlog: _CONFIG.default_processors = _BUILTIN_DEFAULT_PROCESSORS[:] then
# capture_logs extends the configured list; `x[:]` is a new list, but is taken for x,
# so the builtin list gains what was put into the copy.
# False edge: main.last -> main.Extra.__call__ (BUILTIN[-1] is only ever Render()).
class Render:
    def __call__(self, d):
        return str(d)


class Extra:
    def __call__(self, d):
        return d


BUILTIN = [Render()]


class Config:
    processors = BUILTIN[:]


def capture():
    Config.processors.append(Extra())


def last(d):
    return BUILTIN[-1](d)


capture()
last({})
