class DuckMeta(type):
    def __instancecheck__(cls, obj):
        return all(callable(getattr(obj, m, None)) for m in cls.required)

    def __subclasscheck__(cls, sub):
        return all(any(m in vars(k) for k in sub.__mro__) for m in cls.required)


class Closeable(metaclass=DuckMeta):
    required = ("close",)


class Readable(metaclass=DuckMeta):
    required = ("read", "close")


class File:
    def read(self):
        return "data"

    def close(self):
        self.closed = True


class Socket:
    def close(self):
        self.closed = True

    def read_into(self, buf):
        return 0


def shutdown(objs):
    for obj in objs:
        if isinstance(obj, Closeable):
            obj.close()


def slurp(objs):
    return [o.read() for o in objs if isinstance(o, Readable)]


def capable(classes):
    return [k.__name__ for k in classes if issubclass(k, Readable)]


things = [File(), Socket()]
print(slurp(things), capable([File, Socket]))
shutdown(things)
