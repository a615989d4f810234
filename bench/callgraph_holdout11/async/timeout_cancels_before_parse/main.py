import asyncio


class ProfileCache:
    def __init__(self):
        self.saved = {"ada": {"name": "Ada", "stale": False}}

    def lookup(self, user):
        return dict(self.saved[user])

    def store(self, user, profile):
        self.saved[user] = profile


def parse_payload(raw):
    name, _, role = raw.partition(":")
    return {"name": name.title(), "role": role}


def mark_stale(profile):
    profile["stale"] = True
    return profile


async def slow_upstream(user):
    await asyncio.sleep(5)
    return f"{user}:admin"


async def fetch_profile(user):
    raw = await slow_upstream(user)
    return parse_payload(raw)


async def load_profile(cache, user, budget):
    try:
        async with asyncio.timeout(budget):
            profile = await fetch_profile(user)
    except TimeoutError:
        return mark_stale(cache.lookup(user))
    cache.store(user, profile)
    return profile


async def main():
    cache = ProfileCache()
    print(await load_profile(cache, "ada", 0.01))


asyncio.run(main())
