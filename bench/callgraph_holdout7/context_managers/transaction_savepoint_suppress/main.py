class Savepoint:
    def __init__(self, tx, name):
        self.tx = tx
        self.name = name

    def __enter__(self):
        self.tx.log.append(f"SAVEPOINT {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            self.rollback()
            return True
        self.tx.log.append(f"RELEASE {self.name}")
        return False

    def rollback(self):
        self.tx.log.append(f"ROLLBACK TO {self.name}")


class Transaction:
    def __init__(self):
        self.log = []
        self.count = 0

    def __enter__(self):
        self.log.append("BEGIN")
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.commit()
        else:
            self.rollback()
        return False

    def savepoint(self):
        self.count += 1
        return Savepoint(self, f"sp{self.count}")

    def commit(self):
        self.log.append("COMMIT")

    def rollback(self):
        self.log.append("ROLLBACK")


def import_rows(rows):
    with Transaction() as tx:
        for row in rows:
            with tx.savepoint():
                if row < 0:
                    raise ValueError(row)
    return tx.log


print(import_rows([1, -2, 3]))
