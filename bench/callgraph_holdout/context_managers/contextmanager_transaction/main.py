from contextlib import contextmanager


class Cursor:
    def execute(self, sql):
        if "fail" in sql:
            raise RuntimeError(sql)
        return sql


class Connection:
    def begin(self):
        return True

    def commit(self):
        return True

    def rollback(self):
        return True

    def cursor(self):
        return Cursor()


@contextmanager
def transaction(conn):
    conn.begin()
    try:
        yield conn.cursor()
    except Exception:
        conn.rollback()
        raise
    else:
        conn.commit()


def run(sql):
    conn = Connection()
    try:
        with transaction(conn) as cursor:
            cursor.execute(sql)
    except RuntimeError:
        return False
    return True


run("select")
run("fail")
