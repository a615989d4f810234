"""Pyramid-like @reify: a non-data descriptor that computes once and stores the value on the instance."""
import json


class reify:
    def __init__(self, wrapped):
        self.wrapped = wrapped
        self.name = wrapped.__name__

    def __get__(self, inst, owner):
        if inst is None:
            return self
        value = self.wrapped(inst)
        setattr(inst, self.name, value)
        return value


class Request:
    def __init__(self, body, headers):
        self.body, self.headers = body, headers

    @reify
    def json_body(self):
        return json.loads(self.body)

    @reify
    def content_type(self):
        return parse_media(self.headers.get("content-type", ""))

    def param(self, key):
        return self.json_body.get(key)


def parse_media(value):
    return value.split(";")[0].strip()


req = Request('{"a": 1, "b": 2}', {"content-type": "application/json; charset=utf-8"})
print(req.param("a"), req.param("b"), req.content_type, req.content_type)
print(Request.json_body.name)
