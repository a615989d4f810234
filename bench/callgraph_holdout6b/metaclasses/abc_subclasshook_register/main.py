from abc import ABC, abstractmethod


class Closable(ABC):
    @abstractmethod
    def close(self):
        ...

    @classmethod
    def __subclasshook__(cls, other):
        if cls is Closable:
            return has_method(other, "close")
        return NotImplemented


def has_method(klass, name):
    return any(name in vars(base) for base in klass.__mro__)


class File:
    def close(self):
        return "file closed"


class Socket:
    def shutdown(self):
        return "socket down"


class Legacy:
    def release(self):
        return "released"


Closable.register(Legacy)


def close_all(things):
    return [t.close() for t in things if isinstance(t, Closable)]


print(close_all([File(), Socket(), Legacy()]), issubclass(Legacy, Closable))
