class Connection:
    def __init__(self, dsn):
        self.dsn = dsn

    def query(self, sql):
        return [{"sql": sql, "dsn": self.dsn}]


def open_connection(dsn):
    return Connection(dsn)


def describe_table(conn):
    return [row["sql"].split()[0] for row in conn.query("describe")] + ["id"]


class Repository:
    def __init__(self, dsn):
        self.dsn = dsn
        self._conn = None
        self._columns = None

    @property
    def conn(self):
        if self._conn is None:
            self._conn = open_connection(self.dsn)
        return self._conn

    @property
    def columns(self):
        if self._columns is None:
            self._columns = tuple(describe_table(self.conn))
        return self._columns

    @property
    def is_connected(self):
        return self._conn is not None

    def find(self, key):
        rows = self.conn.query(f"select {', '.join(self.columns)} where id={key}")
        return rows[0]


repo = Repository("postgres://db")
print(repo.is_connected)
print(repo.find(1), repo.find(2))
print(repo.is_connected, repo.columns)
