"""An HTTP client raising the exception class looked up by status code, with add_note and __str__."""


class HTTPError(Exception):
    def __init__(self, response):
        super().__init__(response.status)
        self.response = response

    def __str__(self):
        return f"{self.response.status} for {self.response.url}"


class ClientError(HTTPError):
    pass


class NotFound(ClientError):
    def hint(self):
        return "check the id"


class RateLimited(ClientError):
    def __init__(self, response):
        super().__init__(response)
        self.retry_after = int(response.headers.get("retry-after", 1))


class ServerError(HTTPError):
    pass


STATUS_ERRORS = {404: NotFound, 429: RateLimited}


class Response:
    def __init__(self, url, status, headers=None):
        self.url, self.status, self.headers = url, status, headers or {}

    def raise_for_status(self):
        if self.status >= 400:
            cls = STATUS_ERRORS.get(self.status) or (ClientError if self.status < 500 else ServerError)
            raise cls(self)
        return self


def fetch(url, status, **headers):
    return Response(url, status, headers).raise_for_status()


def report(exc):
    exc.add_note(f"url={exc.response.url}")
    return str(exc)


log = []
for status in (200, 404, 429, 503):
    try:
        fetch(f"/items/{status}", status, **{"retry-after": "3"})
        log.append("ok")
    except NotFound as exc:
        log.append(exc.hint() + " " + report(exc))
    except ClientError as exc:
        log.append(f"retry in {exc.retry_after}")
    except HTTPError as exc:
        log.append(report(exc))
print(log)
