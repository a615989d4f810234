import json


class Resource:
    def serialize(self, data):
        return str(data)

    def respond(self, data):
        return {"body": self.serialize(data), "type": self.content_type()}

    def content_type(self):
        return "text/plain"


class JSONMixin:
    def serialize(self, data):
        return json.dumps(data)

    def content_type(self):
        return "application/json"


class UserApi(JSONMixin, Resource):
    def get(self):
        return self.respond({"user": 1})


UserApi().get()
