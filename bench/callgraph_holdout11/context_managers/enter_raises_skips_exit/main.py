class ConnectError(Exception):
    pass


class Connection:
    def __init__(self, dsn):
        self.dsn = dsn
        self.open = False
        self.log = []

    def __enter__(self):
        host = parse_host(self.dsn)
        if host.endswith(".invalid"):
            raise ConnectError(host)
        self.open = True
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            self.rollback()
        self.close()
        return False

    def rollback(self):
        self.log.append("rollback")

    def close(self):
        self.open = False

    def execute(self, sql):
        self.log.append(sql)
        return len(self.log)


def parse_host(dsn):
    return dsn.split("@", 1)[-1].split("/", 1)[0]


def save(dsn, rows):
    try:
        with Connection(dsn) as conn:
            for row in rows:
                conn.execute(f"INSERT {row}")
    except ConnectError as err:
        return queue_for_retry(rows, err)
    return "saved"


def queue_for_retry(rows, err):
    return f"queued {len(rows)} rows ({err})"


print(save("app@db.invalid/prod", ["a", "b"]))
