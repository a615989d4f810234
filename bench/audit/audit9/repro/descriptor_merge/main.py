class memoized_property:
    def __init__(self, fget):
        self.fget = fget
        self.__name__ = fget.__name__

    def __get__(self, obj, cls):
        if obj is None:
            return self
        obj.__dict__[self.__name__] = result = self.fget(obj)
        return result


class Cache:
    def get(self, key):
        return None


class _NSAttr:
    def __init__(self, parent):
        self.parent = parent

    def __getattr__(self, key):
        raise AttributeError(key)


class Template:
    @memoized_property
    def cache(self):
        return Cache()


class Namespace:
    def __init__(self, template):
        self.template = template

    @memoized_property
    def attr(self):
        return _NSAttr(self)

    def get_cached(self, key):
        return self.template.cache.get(key)


def main():
    ns = Namespace(Template())
    print(ns.get_cached("k"), ns.attr.parent is ns)


main()
