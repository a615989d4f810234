"""Connection(dsn) hands out a pooled connection object of another class from __new__."""


class PooledConnection:
    def __init__(self, dsn):
        self.dsn = dsn
        self.uses = 0

    def execute(self, sql):
        self.uses += 1
        return f"{self.dsn}: {sql}"


class Pool:
    def __init__(self):
        self.idle = {}

    def acquire(self, dsn):
        if dsn not in self.idle:
            self.idle[dsn] = PooledConnection(dsn)
        return self.idle[dsn]


POOL = Pool()


class Connection:
    def __new__(cls, dsn, pooled=True):
        if pooled:
            return POOL.acquire(dsn)
        return super().__new__(cls)

    def __init__(self, dsn, pooled=True):
        self.dsn = dsn
        self.handshake()

    def handshake(self):
        self.ready = True

    def execute(self, sql):
        return f"direct {self.dsn}: {sql}"


def run_report():
    conn = Connection("db://reports")
    first = conn.execute("select 1")
    again = Connection("db://reports")
    return first, again.execute("select 2"), again is conn


print(run_report())
