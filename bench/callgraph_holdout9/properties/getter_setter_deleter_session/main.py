"""A web session object: the `user` property has a getter (lazy load), a setter
(validation + dirty flag) and a deleter (logout cleanup via `del session.user`)."""


class Store:
    def __init__(self):
        self.data = {"s1": {"user": "ann"}}

    def load(self, sid):
        return dict(self.data.get(sid, {}))

    def delete_key(self, sid, key):
        self.data.get(sid, {}).pop(key, None)


def validate_username(name):
    if not name.isidentifier():
        raise ValueError(name)
    return name


class Session:
    def __init__(self, sid, store):
        self.sid = sid
        self.store = store
        self._cache = None
        self.dirty = False

    @property
    def user(self):
        if self._cache is None:
            self._cache = self.store.load(self.sid)
        return self._cache.get("user")

    @user.setter
    def user(self, name):
        self._cache = {**(self._cache or {}), "user": validate_username(name)}
        self.dirty = True

    @user.deleter
    def user(self):
        self.store.delete_key(self.sid, "user")
        self._cache = None
        self.clear_csrf()

    def clear_csrf(self):
        self.dirty = True


s = Session("s1", Store())
print(s.user)
s.user = "bob"
print(s.user, s.dirty)
del s.user
print(s.user)
