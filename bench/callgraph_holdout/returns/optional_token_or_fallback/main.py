class Token:
    def __init__(self, value):
        self.value = value

    def refresh(self) -> "Token":
        return Token(self.value + "'")

    def header(self):
        return "Bearer " + self.value


class TokenCache:
    def __init__(self):
        self.tokens = {}

    def get(self, key) -> Token | None:
        return self.tokens.get(key)  # dict.get

    def put(self, key, token: Token) -> Token:
        self.tokens[key] = token
        return token


def login(user) -> Token:
    return Token(user)


def auth_header(cache: TokenCache, user: str) -> str:
    token = cache.get(user) or cache.put(user, login(user))
    return token.refresh().header()


cache = TokenCache()
auth_header(cache, "ann")
auth_header(cache, "ann")
