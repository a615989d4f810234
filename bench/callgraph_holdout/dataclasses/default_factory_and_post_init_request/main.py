from dataclasses import dataclass, field


def agent_string():
    return "bot/1.0"


def default_headers():
    return {"User-Agent": agent_string()}


def normalize_method(m):
    return m.upper()


@dataclass
class Request:
    url: str
    method: str = "GET"
    headers: dict = field(default_factory=default_headers)

    def __post_init__(self):
        self.method = normalize_method(self.method)

    def prepare(self) -> "PreparedRequest":
        return PreparedRequest(self)


@dataclass
class PreparedRequest:
    request: Request

    def send(self):
        return self.request.url


Request("http://x", "post").prepare().send()
