"""An HTTP client whose session_class attribute picks the session type; RetrySession
and RetryClient are defined for callers that want them, but nobody here does."""


class Response:
    def __init__(self, status, body):
        self.status = status
        self.body = body


class Session:
    def __init__(self, base):
        self.base = base
        self.sent = 0

    def send(self, method, path):
        self.sent += 1
        return Response(200, f"{method} {self.base}{path}")

    def close(self):
        self.sent = -1


class RetrySession(Session):
    retries = 3

    def send(self, method, path):
        for _ in range(self.retries):
            response = super().send(method, path)
            if response.status < 500:
                return response
        return response


class Client:
    session_class = Session

    def __init__(self, base):
        self.session = self.session_class(base)

    def get(self, path):
        return self.session.send("GET", path)

    def close(self):
        self.session.close()


class RetryClient(Client):
    session_class = RetrySession


client = Client("https://api.example.com")
print(client.get("/users").body)
client.close()
