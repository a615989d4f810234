class StorageError(Exception):
    def __init__(self, op, cause):
        super().__init__(f"{op} failed: {cause}")
        self.op = op


class Connection:
    def __init__(self):
        self.log = []

    def execute(self, sql):
        if "bad" in sql:
            raise ValueError(sql)
        self.log.append(sql)

    def rollback(self):
        self.log.append("ROLLBACK")

    def commit(self):
        self.log.append("COMMIT")

    def close(self):
        self.log.append("CLOSE")


def run_transaction(conn, statements):
    try:
        for sql in statements:
            conn.execute(sql)
    except ValueError as error:
        conn.rollback()
        raise StorageError("transaction", error) from error
    else:
        conn.commit()
    finally:
        conn.close()


def report(error):
    return f"{error} (cause: {type(error.__cause__).__name__})"


conn = Connection()
run_transaction(conn, ["insert 1"])
try:
    run_transaction(conn, ["insert 2", "bad sql"])
except StorageError as error:
    print(report(error))
print(conn.log)
