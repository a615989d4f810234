class Response:
    def __init__(self, status, body):
        self.status = status
        self.body = body


class ArticleResource:
    def __init__(self, store):
        self.store = store
        self.handlers = {
            "GET": self.retrieve,
            "PUT": self.replace,
            "DELETE": self.destroy,
        }
        self.handlers["HEAD"] = self.handlers["GET"]

    def dispatch(self, method, key, body=None):
        handler = self.handlers.get(method, self.not_allowed)
        return handler(key, body)

    def retrieve(self, key, body):
        return Response(200, self.store.get(key))

    def replace(self, key, body):
        self.store[key] = clean(body)
        return Response(204, None)

    def destroy(self, key, body):
        self.store.pop(key, None)
        return Response(204, None)

    def not_allowed(self, key, body):
        return Response(405, allowed(self.handlers))


def clean(body):
    return {k: v.strip() for k, v in body.items()}


def allowed(handlers):
    return ", ".join(sorted(handlers))


def main():
    resource = ArticleResource({"a1": {"title": "Hello"}})
    for method, body in [("PUT", {"title": " New "}), ("HEAD", None), ("PATCH", {}), ("DELETE", None)]:
        response = resource.dispatch(method, "a1", body)
        print(method, response.status, response.body)


main()
