class PgConnection:
    def __init__(self, host, db):
        self.host, self.db = host, db

    def execute(self, sql):
        return ("pg", self.db, sql)


def parse_url(url):
    host, _, db = url.split("//")[-1].partition("/")
    return host, db


def connect(url):
    return PgConnection(*parse_url(url))
