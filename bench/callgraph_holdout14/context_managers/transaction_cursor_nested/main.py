class Database:
    def __init__(self):
        self.rows = []
        self.log = []

    def transaction(self):
        return Transaction(self)


class Transaction:
    def __init__(self, db):
        self.db = db
        self.pending = []

    def __enter__(self):
        self.db.log.append("begin")
        return self

    def cursor(self):
        return Cursor(self)

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.commit()
        else:
            self.rollback()
        return False

    def commit(self):
        self.db.rows.extend(self.pending)
        self.db.log.append("commit")

    def rollback(self):
        self.pending.clear()
        self.db.log.append("rollback")


class Cursor:
    def __init__(self, tx):
        self.tx = tx

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def execute(self, sql, *params):
        if "DROP" in sql:
            raise PermissionError(sql)
        self.tx.pending.append((sql, params))

    def close(self):
        self.tx = None


def import_users(db, names):
    with db.transaction() as tx, tx.cursor() as cur:
        for name in names:
            cur.execute("INSERT INTO users VALUES (?)", name)


db = Database()
import_users(db, ["ada", "alan"])
try:
    with db.transaction() as tx:
        with tx.cursor() as cur:
            cur.execute("DROP TABLE users")
except PermissionError as err:
    print("refused", err)
print(len(db.rows), db.log)
