def rotate(token):
    return token[::-1]


def anonymous():
    return "anonymous"


class Session:
    def __init__(self, token, user):
        self.token = token
        self.user = user

    def refresh(self):
        self.token = rotate(self.token)
        return self


class SessionStore:
    def __init__(self):
        self.sessions = {}

    def create(self, user):
        session = Session(f"tok-{user}", user)
        self.sessions[session.token] = session
        return session

    def find(self, token):
        return self.sessions.get(token)

    def find_by_user(self, user):
        return next((s for s in self.sessions.values() if s.user == user), None)


def authenticate(store, token):
    if (session := store.find(token)) is not None:
        return session.refresh().user
    if (fallback := store.find_by_user(token)) is not None:
        return fallback.user
    return anonymous()


store = SessionStore()
tok = store.create("ada").token
print(authenticate(store, tok), authenticate(store, "ada"), authenticate(store, "nobody"))
