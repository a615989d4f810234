import json


class Request:
    def __init__(self, raw):
        self.raw = raw
        self._cache = {}

    def _read(self):
        return self.raw.partition("\n\n")[2]

    @property
    def body(self):
        if "body" not in self._cache:
            self._cache["body"] = self._read()
        return self._cache["body"]

    @property
    def json(self):
        return json.loads(self.body)

    @property
    def headers(self):
        head = self.raw.partition("\n\n")[0]
        return dict(line.split(": ", 1) for line in head.splitlines()[1:])


class Response:
    def __init__(self, payload):
        self.payload = payload

    @property
    def json(self):
        return json.dumps(self.payload)


def handler(request):
    data = request.json
    kind = getattr(request, "headers")["Content-Type"]
    return Response({"echo": data, "kind": kind, "size": len(request.body)})


resp = handler(Request("POST /\nContent-Type: application/json\n\n{\"a\": 1}"))
print(resp.payload)
