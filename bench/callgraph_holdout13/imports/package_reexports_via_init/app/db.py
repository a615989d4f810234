class Database:
    def __init__(self, dsn):
        self.dsn = dsn
        self.connected = False

    def connect(self):
        self.connected = True
        return self

    def query(self, table):
        return [f"{table}:{i}" for i in range(2)]
