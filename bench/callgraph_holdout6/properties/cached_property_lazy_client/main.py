from functools import cached_property


class HttpClient:
    def __init__(self, base):
        self.base = base

    def get(self, path):
        return f"GET {self.base}{path}"


def read_token():
    return "t0k3n"


class Service:
    def __init__(self, base):
        self.base = base

    @cached_property
    def client(self):
        return HttpClient(self.base)

    @cached_property
    def token(self):
        return read_token()

    @property
    def headers(self):
        return {"Authorization": self.token}

    def run(self):
        return [self.client.get("/a"), self.client.get("/b"), self.headers]


print(Service("https://x").run())
