import functools


class Client:
    def __init__(self, base_url, *, timeout=10, retries=0, auth=None):
        self.base_url = base_url
        self.timeout = timeout
        self.retries = retries
        self.auth = auth

    def get(self, path):
        headers = self.auth.headers() if self.auth else {}
        return f"GET {self.base_url}{path} t={self.timeout} r={self.retries} {headers}"


class TokenAuth:
    def __init__(self, token):
        self.token = token

    def headers(self):
        return {"Authorization": f"Bearer {self.token}"}


class TracingClient(Client):
    def get(self, path):
        return "[trace] " + super().get(path)


internal = functools.partial(Client, timeout=2)
public = functools.partial(Client, retries=3, auth=TokenAuth("abc"))
traced = functools.partial(TracingClient, "https://trace.local", timeout=1)

CLIENTS = {"internal": internal("http://svc"), "public": public("https://api.example.com"), "traced": traced()}


def fetch_all(path):
    return [client.get(path) for client in CLIENTS.values()]


def rebuild(name, **changes):
    factory = {"internal": internal, "public": public}[name]
    return functools.partial(factory, **changes)("http://other")


print(fetch_all("/health"))
print(rebuild("internal", retries=5).get("/x"))
