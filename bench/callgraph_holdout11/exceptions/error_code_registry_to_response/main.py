class APIError(Exception):
    status = 500
    registry = {}

    def __init_subclass__(cls, code=None, **kwargs):
        super().__init_subclass__(**kwargs)
        if code:
            APIError.registry[code] = cls

    def __init__(self, detail=""):
        super().__init__(detail)
        self.detail = detail

    @classmethod
    def from_code(cls, code, detail=""):
        return cls.registry.get(code, cls)(detail)

    def to_response(self):
        return {"status": self.status, "error": self.title(), "detail": self.detail}

    def title(self):
        return type(self).__name__


class NotFound(APIError, code="not_found"):
    status = 404


class RateLimited(APIError, code="rate_limited"):
    status = 429

    def to_response(self):
        response = super().to_response()
        response["retry_after"] = backoff(self.detail)
        return response


def backoff(detail):
    return 30 if "burst" in detail else 5


def call_upstream(code):
    raise APIError.from_code(code, detail=f"upstream said {code}")


def handle(code):
    try:
        call_upstream(code)
    except APIError as exc:
        return exc.to_response()


for code in ["not_found", "rate_limited", "teapot"]:
    print(handle(code))
