class HttpClient:
    def __init__(self, base):
        self.base = base

    def send(self, path):
        raise RuntimeError("network disabled")

    def get_json(self, path):
        return {"raw": self.send(self.base + path)}


def fake_send(self, path):
    return f"stub:{path}"


class MonkeyPatch:
    def __init__(self):
        self.undo = []

    def setattr(self, target, name, value):
        self.undo.append((target, name, getattr(target, name)))
        setattr(target, name, value)

    def restore(self):
        for target, name, value in reversed(self.undo):
            setattr(target, name, value)


def test_get_json():
    mp = MonkeyPatch()
    mp.setattr(HttpClient, "send", fake_send)
    try:
        client = HttpClient("https://api")
        assert client.get_json("/users") == {"raw": "stub:https://api/users"}
    finally:
        mp.restore()


test_get_json()
print(HttpClient.send is not fake_send)
