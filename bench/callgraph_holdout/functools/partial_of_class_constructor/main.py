from functools import partial


class Connection:
    def __init__(self, host, timeout=10):
        self.host = host
        self.timeout = timeout

    def query(self, sql):
        return self.host + sql


def retry(func, attempts):
    return func()


make_connection = partial(Connection, timeout=5)
conn = make_connection("db")
conn.query("select")
ping = partial(conn.query, "ping")
retry(ping, 3)
