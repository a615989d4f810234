class Connector:
    def __init__(self, url):
        self.url = url
        self.options = {}
        self.configure()

    def configure(self):
        self.options.update(read_defaults(self.url))

    def connect(self):
        return f"{self.scheme()}://{self.url} {sorted(self.options)}"

    def scheme(self):
        return "tcp"


def read_defaults(url):
    print("reading defaults for", url)
    return {"timeout": 30}


class PostgresConnector(Connector):
    def configure(self):
        self.options["sslmode"] = "require"

    def scheme(self):
        return "postgresql"


class RedisConnector(Connector):
    def configure(self):
        self.options["db"] = 0
        self.options.update(parse_query(self.url))

    def scheme(self):
        return "redis"


def parse_query(url):
    _, _, query = url.partition("?")
    return dict(part.split("=") for part in query.split("&") if part)


def open_all(urls):
    kinds = {"pg": PostgresConnector, "redis": RedisConnector}
    return [kinds[kind](url).connect() for kind, url in urls]


if __name__ == "__main__":
    print(open_all([("pg", "db:5432"), ("redis", "cache:6379?db=2")]))
