import asyncio


class Database:
    def __init__(self):
        self.rows = {1: {"id": 1, "name": "ada", "active": True}}

    async def fetch_one(self, query, key):
        await asyncio.sleep(0)
        return self.rows.get(key)


class UserRepository:
    def __init__(self, db):
        self.db = db

    async def get(self, user_id):
        row = await self.db.fetch_one("select * from users where id = ?", user_id)
        return None if row is None else self.to_user(row)

    @staticmethod
    def to_user(row):
        return {"id": row["id"], "name": row["name"].title()}


class UserService:
    def __init__(self, repo):
        self.repo = repo

    async def profile(self, user_id):
        user = await self.repo.get(user_id)
        if user is None:
            return await self.missing(user_id)
        return await self.decorate(user)

    async def decorate(self, user):
        return {**user, "badge": badge_for(user)}

    @classmethod
    async def missing(cls, user_id):
        return {"id": user_id, "error": "not found"}


def badge_for(user):
    return "gold" if user["id"] == 1 else "none"


async def handler(service, user_id):
    return await service.profile(user_id)


async def main():
    service = UserService(UserRepository(Database()))
    print(await handler(service, 1))
    print(await handler(service, 2))


asyncio.run(main())
