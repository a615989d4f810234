"""A unit-of-work: a generator-based transaction commits on success and rolls back
only when the block raises; a class-based lock wraps it. Nothing here fails."""
from contextlib import contextmanager


class Connection:
    def __init__(self):
        self.log = []

    def begin(self):
        self.log.append("BEGIN")

    def commit(self):
        self.log.append("COMMIT")

    def rollback(self):
        self.log.append("ROLLBACK")

    def execute(self, sql):
        self.log.append(sql)


class Lock:
    def __init__(self, name):
        self.name = name
        self.held = False

    def __enter__(self):
        self.held = True
        return self

    def __exit__(self, *exc):
        self.held = False
        return False


@contextmanager
def transaction(conn):
    conn.begin()
    try:
        yield conn
    except Exception:
        conn.rollback()
        raise
    else:
        conn.commit()


def transfer(conn, amount):
    with Lock("accounts"), transaction(conn) as tx:
        tx.execute(f"UPDATE a SET balance = balance - {amount}")
        tx.execute(f"UPDATE b SET balance = balance + {amount}")


conn = Connection()
transfer(conn, 10)
transfer(conn, 5)
print(conn.log)
