import dataclasses
from dataclasses import dataclass, field


def normalize_host(host):
    return host.strip().lower()


@dataclass(frozen=True)
class DatabaseURL:
    scheme: str
    host: str
    port: int = 5432
    options: dict = field(default_factory=dict)

    def __post_init__(self):
        object.__setattr__(self, "host", normalize_host(self.host))
        if self.port <= 0:
            raise ValueError(self.port)

    def render(self):
        return f"{self.scheme}://{self.host}:{self.port}"

    def with_port(self, port):
        return dataclasses.replace(self, port=port)


def parse(url):
    scheme, _, rest = url.partition("://")
    host, _, port = rest.partition(":")
    return DatabaseURL(scheme, host, int(port or 5432))


primary = parse("postgres:// DB.Example.com :6432")
replica = primary.with_port(6433)
print(primary.render(), replica.render(), primary == replica)
