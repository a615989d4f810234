import functools

CALLS = []


def traced(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        CALLS.append(fn.__qualname__)
        return fn(*args, **kwargs)
    return wrapper


def trace_methods(cls):
    for name, attr in list(vars(cls).items()):
        if callable(attr) and not name.startswith("__"):
            setattr(cls, name, traced(attr))
    return cls


def register(registry):
    def deco(cls):
        registry[cls.__name__.lower()] = cls
        return cls
    return deco


SERVICES = {}


@register(SERVICES)
@trace_methods
class UserService:
    def __init__(self, repo):
        self.repo = repo

    def load(self, uid):
        return self.repo.get(uid) or self.default()

    def default(self):
        return {"id": 0}


class Repo(dict):
    pass


svc = SERVICES["userservice"](Repo({1: {"id": 1}}))
print(svc.load(1), svc.load(2), CALLS)
