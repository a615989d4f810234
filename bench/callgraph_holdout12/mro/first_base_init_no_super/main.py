class LoggingMixin:
    def __init__(self, *args, **kwargs):
        self.log = []
        # no super().__init__(): the next class in the MRO is never initialised

    def info(self, message):
        self.log.append(message)


class PooledClient:
    def __init__(self, url, size=2):
        self.url = url
        self.pool = open_pool(url, size)

    def query(self, sql):
        conn = self.pool[0] if getattr(self, "pool", None) else lazy_connect(self)
        return f"{conn}: {sql}"


def open_pool(url, size):
    return [f"{url}#{i}" for i in range(size)]


def lazy_connect(client):
    client.pool = [f"{client.url}#lazy"]
    return client.pool[0]


class ReportClient(LoggingMixin, PooledClient):
    def __init__(self, url):
        super().__init__(url, size=4)
        self.url = url

    def daily(self):
        self.info("daily report")
        return self.query("select 1")


if __name__ == "__main__":
    client = ReportClient("db://reports")
    print(client.daily(), client.daily(), client.log)
