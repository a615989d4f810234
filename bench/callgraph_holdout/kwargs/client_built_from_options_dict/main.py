def default_serializer(obj):
    return str(obj)


def json_serializer(obj):
    return "{" + str(obj) + "}"


class Client:
    def __init__(self, base_url, *, serializer=default_serializer, timeout=5):
        self.base_url = base_url
        self.serializer = serializer
        self.timeout = timeout

    def post(self, path, body):
        return self.base_url + path + self.serializer(body)


def make_client(**overrides):
    options = {"base_url": "http://api", "timeout": 3}
    options.update(overrides)
    return Client(**options)


client = make_client(serializer=json_serializer)
client.post("/items", {"a": 1})
