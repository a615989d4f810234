"""dogpile #8: a non-data descriptor shadowed by the instance attribute set before the only caller runs."""


class memoized_property:
    def __init__(self, fget):
        self.fget = fget
        self.__name__ = fget.__name__

    def __get__(self, obj, cls):
        if obj is None:
            return self
        obj.__dict__[self.__name__] = result = self.fget(obj)
        return result


class Backend:
    def get_mutex(self, key):
        return None


class Region:
    def configure(self):
        self.backend = Backend()
        self._registry = {"make": self._create_mutex}
        return self

    def _create_mutex(self, key):
        return self.backend.get_mutex(key)   # backend is in __dict__ here: no __get__

    def get(self, key):
        return self.backend.get_mutex(key)   # may run __get__ (unconfigured region)

    @memoized_property
    def backend(self):
        raise RuntimeError("not configured")


r = Region().configure()
r._registry["make"]("k")
