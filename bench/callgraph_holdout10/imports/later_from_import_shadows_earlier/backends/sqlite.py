class SqliteConnection:
    def __init__(self, path):
        self.path = path

    def execute(self, sql):
        return ("sqlite", self.path, sql)


def connect(url):
    return SqliteConnection(url.split("///")[-1])
