import json


class Client:
    class Response:
        def __init__(self, status, body):
            self.status = status
            self.body = body

        def json(self):
            return json.loads(self.body)

        def raise_for_status(self):
            if self.status >= 400:
                raise ValueError(self.status)
            return self

    def get(self, url):
        return self.Response(200, '{"url": "%s"}' % url)


client = Client()
client.get("/a").raise_for_status().json()
