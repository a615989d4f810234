class Namespace:
    """An attribute bag that logs writes and deletions and lists its keys for dir()."""

    def __init__(self, **values):
        object.__setattr__(self, "_values", dict(values))
        object.__setattr__(self, "_log", [])

    def __getattr__(self, name):
        try:
            return self._values[name]
        except KeyError:
            raise AttributeError(name) from None

    def __setattr__(self, name, value):
        self._log.append(("set", name))
        self._values[name] = value

    def __delattr__(self, name):
        self._log.append(("del", name))
        del self._values[name]

    def __dir__(self):
        return sorted(self._values)


class Defaults(dict):
    def __missing__(self, key):
        return "{" + key + "}"


class Ratio:
    def __init__(self, num, den):
        self.num, self.den = num, den

    def __complex__(self):
        return complex(self.num / self.den, 0)

    def __float__(self):
        return self.num / self.den


def render(template, ns):
    return template.format_map(Defaults({name: getattr(ns, name) for name in dir(ns)}))


ns = Namespace(user="ada", host="example.org")
ns.port = 8080
delattr(ns, "host")
print(render("{user}@{host}:{port}", ns))
print(complex(Ratio(1, 4)), float(Ratio(3, 4)))
