import functools


class cached_method:
    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.func = func
        self.cache = {}

    def __get__(self, obj, owner):
        if obj is None:
            return self
        return functools.partial(self.__call__, obj)

    def __call__(self, obj, *args):
        key = (id(obj), args)
        if key not in self.cache:
            self.cache[key] = self.func(obj, *args)
        return self.cache[key]


class Repository:
    def __init__(self, rows):
        self.rows = rows
        self.queries = 0

    @cached_method
    def find(self, key):
        self.queries += 1
        return self.rows.get(key)

    @cached_method
    def count_prefix(self, prefix):
        self.queries += 1
        return sum(1 for k in self.rows if k.startswith(prefix))


repo = Repository({"ab": 1, "ac": 2, "b": 3})
print(repo.find("ab"), repo.find("ab"), repo.count_prefix("a"), repo.queries)
