import functools


class Client:
    def __init__(self, base_url):
        self.base_url = base_url
        self.open = True

    def get(self, path):
        return f"GET {self.base_url}{path}"

    def post(self, path, body):
        return f"POST {self.base_url}{path} {body}"

    def close(self):
        self.open = False
        release_sockets(self.base_url)


def release_sockets(url):
    print("released", url)


class RetryProxy:
    def __init__(self, target, attempts=3):
        self._target = target
        self._attempts = attempts
        self.closed = False

    def __getattr__(self, name):
        attr = getattr(self._target, name)
        if not callable(attr):
            return attr
        return functools.partial(self._call, attr)

    def _call(self, method, *args):
        for attempt in range(self._attempts):
            try:
                return method(*args)
            except ConnectionError:
                continue
        raise ConnectionError(method.__name__)

    def close(self):
        # defined on the proxy, so __getattr__ is never consulted for it
        self.closed = True


if __name__ == "__main__":
    api = RetryProxy(Client("https://api"))
    print(api.get("/users"), api.post("/users", {"name": "ada"}), api.base_url)
    api.close()
    print(api.closed, api._target.open)
