class Cursor:
    def __init__(self, connection):
        self.connection = connection

    def execute(self, sql):
        self.connection.log(sql)
        return [sql]


class Connection:
    def __init__(self):
        self.queries = []

    def log(self, sql):
        self.queries.append(sql)

    def __enter__(self):
        return Cursor(self)

    def __exit__(self, *exc):
        self.commit()
        return False

    def commit(self):
        return len(self.queries)


def fetch():
    with Connection() as cursor:
        return cursor.execute("select 1")


fetch()
