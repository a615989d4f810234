from __future__ import annotations


class Store:
    """The interface the service was written against (a remote key-value store)."""

    def get(self, key: str) -> str | None:
        return self.fetch_remote(key)

    def put(self, key: str, value: str) -> None:
        self.push_remote(key, value)

    def fetch_remote(self, key: str) -> str | None:
        return None

    def push_remote(self, key: str, value: str) -> None:
        pass


class MemoryStore:
    """Duck-typed stand-in: not a subclass of Store."""

    def __init__(self) -> None:
        self.data: dict[str, str] = {}

    def get(self, key: str) -> str | None:
        return self.data.get(key)

    def put(self, key: str, value: str) -> None:
        self.data[key] = value


class SessionService:
    store: Store
    ttl: int = 60

    def __init__(self, store: Store | None = None) -> None:
        self.store = store or MemoryStore()

    def login(self, user: str) -> str:
        token = make_token(user)
        self.store.put(token, user)
        return token

    def whoami(self, token: str) -> str | None:
        return self.store.get(token)


def make_token(user: str) -> str:
    return "t-" + user[::-1]


service = SessionService()
tok = service.login("ada")
print(service.whoami(tok))
