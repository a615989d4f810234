# pypika #18 (cause F): one decorator (pypika's ignore_copy) wraps the __getattr__ of
# several classes; its single wrapper `_getattr` calls `func`, which holds every
# function it decorated, so a Sel's missing attribute also runs Not.__getattr__ and its
# nested `inner` becomes a callee of `s.get_sql()` in main [40] and of Not.get_sql [26] (false: s is a Sel, and
# Not binds get_sql itself).
def ignore_copy(func):
    def _getattr(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        return func(self, name)

    return _getattr


class Sel:
    @ignore_copy
    def __getattr__(self, name):
        return lambda **kw: "sel." + name


class Not:
    def __init__(self, term):
        self.term = term

    def get_sql(self):
        return "NOT " + self.term.get_sql()

    @ignore_copy
    def __getattr__(self, name):
        item = getattr(self.term, name)

        def inner(*args, **kwargs):
            return Not(item(*args, **kwargs))

        return inner


def main():
    s = Sel()
    a = s.get_sql(quote="x")
    b = Not(s).get_sql()
    return a, b
