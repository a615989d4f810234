"""A requests-like API: request(method, url, **kwargs) encodes `json=` or `data=`,
applies `auth=`, and runs `hooks={"response": [...]}`; callers here only pass json."""


class Prepared:
    def __init__(self, method, url):
        self.method = method
        self.url = url
        self.headers = {}
        self.body = None


class TokenAuth:
    def __init__(self, token):
        self.token = token

    def __call__(self, prepared):
        prepared.headers["Authorization"] = f"Bearer {self.token}"
        return prepared


def encode_json(payload):
    return "{" + ", ".join(f'"{k}": "{v}"' for k, v in payload.items()) + "}"


def encode_form(payload):
    return "&".join(f"{k}={v}" for k, v in payload.items())


def log_response(response):
    response["logged"] = True
    return response


def send(prepared, timeout=None):
    return {"status": 201, "sent": prepared.body, "headers": prepared.headers}


def request(method, url, *, data=None, json=None, auth=None, hooks=None, **kwargs):
    prepared = Prepared(method, url)
    if json is not None:
        prepared.body = encode_json(json)
    elif data is not None:
        prepared.body = encode_form(data)
    if auth is not None:
        prepared = auth(prepared)
    response = send(prepared, **kwargs)
    for hook in (hooks or {}).get("response", []):
        response = hook(response)
    return response


def post(url, **kwargs):
    return request("POST", url, **kwargs)


print(post("https://api/x", json={"a": 1}, auth=TokenAuth("t0k"), timeout=3))
print(post("https://api/y", json={"b": 2}))
