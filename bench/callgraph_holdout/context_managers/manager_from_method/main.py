class Transaction:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def commit(self):
        return True


class Database:
    def transaction(self):
        return Transaction()


def save(db):
    with db.transaction() as tx:
        tx.commit()


save(Database())
