"""statemachine #38: one expression builder called with two name hooks; the guard hook's
fallback `always_true` reaches the value-expression callers too."""


def always_true(*args, **kwargs):
    return True


def value_hook(name):
    def resolver(**kwargs):
        return kwargs[name]
    return resolver


def build(expr, hook):
    return hook(expr)


def guard_hook(name):
    return always_true


def compile_value(expr):
    return build(expr, value_hook)


def compile_guard(expr):
    return build(expr, guard_hook)


class Log:
    def __init__(self, expr):
        self._expr = compile_value(expr)

    def __call__(self, **kwargs):
        return self._expr(**kwargs)        # resolver only, never always_true


Log("x")(x=1)
compile_guard("y")()
