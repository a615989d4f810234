from abc import ABC, abstractmethod


def parse(raw):
    return {"len": len(raw)}


class Response:
    def __init__(self, raw):
        self.raw = raw

    @property
    def payload(self):
        if not self.raw.startswith("{"):
            raise AttributeError("payload")
        return parse(self.raw)

    @property
    def ok(self):
        return self.status_code() < 400

    def status_code(self):
        return 200

    def __getattr__(self, name):
        return self.fallback(name)

    def fallback(self, name):
        return f"<missing {name}>"


class Resource(ABC):
    @property
    @abstractmethod
    def url(self):
        ...

    def link(self):
        return f"<a href={self.url}>"


class UserResource(Resource):
    @property
    def url(self):
        return "/users"


good = Response("{...}")
bad = Response("plain")
print(good.payload, bad.payload, good.ok, good.missing, UserResource().link())
