class Request:
    def __init__(self, method, url, headers=None, params=None):
        self.method = method
        self.url = url
        self.headers = headers or {}
        self.params = params or {}


class Response:
    def __init__(self, request, status_code):
        self.request = request
        self.status_code = status_code


def log_request(request):
    print("->", request.method, request.url)


def raise_on_4xx(response):
    if response.status_code >= 400:
        raise RuntimeError(response.status_code)


class Client:
    def __init__(self, base_url="", event_hooks=None, **defaults):
        self.base_url = base_url
        self.event_hooks = event_hooks or {"request": [], "response": []}
        self.defaults = defaults

    def build_request(self, method, url, **kwargs):
        merged = {**self.defaults, **kwargs}
        return Request(method, self.base_url + url, **merged)

    def send(self, request):
        for hook in self.event_hooks["request"]:
            hook(request)
        response = Response(request, 404 if "missing" in request.url else 200)
        for hook in self.event_hooks["response"]:
            hook(response)
        return response

    def request(self, method, url, **kwargs):
        return self.send(self.build_request(method, url, **kwargs))

    def get(self, url, **kwargs):
        return self.request("GET", url, **kwargs)


client = Client("https://api", event_hooks={"request": [log_request], "response": [raise_on_4xx]}, headers={"a": "1"})
print(client.get("/users", params={"page": 2}).status_code)
try:
    client.get("/missing")
except RuntimeError as error:
    print("failed", error)
