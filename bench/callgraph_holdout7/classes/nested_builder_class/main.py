class Request:
    def __init__(self, method, url, headers, body):
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body

    def describe(self):
        return f"{self.method} {self.url} {sorted(self.headers)}"

    class Builder:
        def __init__(self, url):
            self._url = url
            self._method = "GET"
            self._headers = {}
            self._body = None

        def method(self, name):
            self._method = name.upper()
            return self

        def header(self, key, value):
            self._headers[key.title()] = value
            return self

        def json(self, payload):
            self._body = repr(payload)
            return self.header("content-type", "application/json")

        def build(self):
            return Request(self._method, self._url, dict(self._headers), self._body)

    @classmethod
    def builder(cls, url):
        return cls.Builder(url)


req = Request.builder("/items").method("post").json({"id": 1}).header("x-trace", "1").build()
print(req.describe())
