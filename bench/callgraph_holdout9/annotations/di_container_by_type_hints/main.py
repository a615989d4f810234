"""A tiny injector-like container that builds services from their __init__ hints."""
import inspect
from typing import Optional, get_type_hints


class Settings:
    def __init__(self):
        self.dsn = "sqlite://"


class Database:
    def __init__(self, settings: Settings):
        self.dsn = settings.dsn

    def query(self, sql):
        return [sql, self.dsn]


class Cache:
    def __init__(self, settings: Settings):
        self.store = {}


class UserRepository:
    def __init__(self, db: Database, cache: Optional[Cache] = None):
        self.db = db
        self.cache = cache

    def find(self, uid):
        return self.db.query(f"select {uid}")


class Container:
    def __init__(self):
        self.singletons = {}

    def resolve(self, cls):
        if cls in self.singletons:
            return self.singletons[cls]
        hints = get_type_hints(cls.__init__)
        kwargs = {}
        for name, param in inspect.signature(cls.__init__).parameters.items():
            if name == "self" or param.default is not inspect.Parameter.empty:
                continue
            kwargs[name] = self.resolve(hints[name])
        instance = cls(**kwargs)
        self.singletons[cls] = instance
        return instance


container = Container()
repo = container.resolve(UserRepository)
print(repo.find(7), repo.cache)
