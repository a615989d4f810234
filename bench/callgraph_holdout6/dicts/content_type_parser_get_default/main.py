import json


def parse_json(body):
    return json.loads(body)


def parse_form(body):
    return dict(pair.split("=") for pair in body.split("&"))


def parse_text(body):
    return {"text": body}


PARSERS = {
    "application/json": parse_json,
    "application/x-www-form-urlencoded": parse_form,
}


class Request:
    def __init__(self, content_type, body):
        self.content_type = content_type.split(";")[0]
        self.body = body

    def get_data(self):
        parser = PARSERS.get(self.content_type, parse_text)
        return parser(self.body)


class Headers(dict):
    def get(self, key, default=None):
        return super().get(key.lower(), default)


headers = Headers({"content-type": "application/json; charset=utf-8"})
for ctype, body in [(headers.get("Content-Type"), '{"a": 1}'), ("application/x-www-form-urlencoded", "a=1&b=2"), ("text/plain", "hi")]:
    print(Request(ctype, body).get_data())
