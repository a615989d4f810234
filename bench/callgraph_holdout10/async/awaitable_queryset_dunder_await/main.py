"""An async ORM query set that is awaitable: `await User.objects.filter(...)`."""
import asyncio


class FakeDB:
    def __init__(self, rows):
        self.rows = rows

    async def execute(self, sql, params):
        await asyncio.sleep(0)
        return [r for r in self.rows if all(r.get(k) == v for k, v in params.items())]


class QuerySet:
    def __init__(self, model, db, filters=None):
        self.model, self.db, self.filters = model, db, filters or {}

    def filter(self, **kw):
        return QuerySet(self.model, self.db, {**self.filters, **kw})

    def __await__(self):
        return self._fetch().__await__()

    async def _fetch(self):
        rows = await self.db.execute(self.compile(), self.filters)
        return [self.model(**row) for row in rows]

    def compile(self):
        return f"SELECT * FROM {self.model.table}"


class Manager:
    def __get__(self, instance, owner):
        return QuerySet(owner, owner.db)


class User:
    table = "users"
    objects = Manager()

    def __init__(self, name, active):
        self.name, self.active = name, active


async def list_active():
    User.db = FakeDB([{"name": "ada", "active": True}, {"name": "bob", "active": False}])
    users = await User.objects.filter(active=True)
    return [u.name for u in users]


print(asyncio.run(list_active()))
