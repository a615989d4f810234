"""A tiny RPC client: each stub's return annotation says how to decode the reply."""
import inspect
import json


class User:
    def __init__(self, name, email):
        self.name = name
        self.email = email

    @classmethod
    def from_wire(cls, data):
        return cls(data["name"], data["email"])


class Page:
    def __init__(self, items, total):
        self.items = items
        self.total = total

    @classmethod
    def from_wire(cls, data):
        return cls([User.from_wire(d) for d in data["items"]], data["total"])


class Transport:
    def __init__(self, replies):
        self.replies = replies

    def send(self, method, params):
        return json.dumps(self.replies[method])


def decode_plain(raw):
    return json.loads(raw)


def rpc(fn):
    target = inspect.signature(fn).return_annotation

    def stub(client, *args):
        raw = client.transport.send(fn.__name__, list(args))
        if hasattr(target, "from_wire"):
            return target.from_wire(json.loads(raw))
        return decode_plain(raw)

    stub.__name__ = fn.__name__
    return stub


class Client:
    def __init__(self, transport):
        self.transport = transport

    @rpc
    def get_user(self, user_id: int) -> User:
        ...

    @rpc
    def list_users(self, page: int) -> Page:
        ...

    @rpc
    def ping(self) -> str:
        ...


replies = {
    "get_user": {"name": "ada", "email": "ada@example.org"},
    "list_users": {"items": [{"name": "bob", "email": "b@x"}], "total": 1},
    "ping": "pong",
}
client = Client(Transport(replies))
print(client.get_user(1).name, client.list_users(0).total, client.ping())
