import json


class Response:
    def __init__(self, status, body):
        self.status = status
        self.body = body

    def get_json(self):
        return json.loads(self.body)

    def raise_for_status(self):
        if self.status >= 400:
            raise RuntimeError(self.status)
        return self


class App:
    def __init__(self):
        self.views = {"/health": health, "/users": users}

    def __call__(self, path):
        view = self.views.get(path)
        return view() if view else (404, "{}")

    def test_client(self):
        return Client(self)


class Client:
    def __init__(self, app):
        self.app = app

    def get(self, path):
        status, body = self.app(path)
        return Response(status, body)


def health():
    return 200, json.dumps({"ok": True})


def users():
    return 200, json.dumps({"users": ["ada"]})


client = App().test_client()
print(client.get("/users").raise_for_status().get_json(), client.get("/missing").status)
