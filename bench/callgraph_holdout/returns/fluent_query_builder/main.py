class SQL:
    def __init__(self, text):
        self.text = text

    def execute(self, db):
        return db.run(self.text)


class Database:
    def run(self, text):
        return [text]


class Query:
    def __init__(self, table):
        self.table = table
        self.parts = []

    def where(self, clause):
        self.parts.append("WHERE " + clause)
        return self

    def limit(self, n):
        self.parts.append("LIMIT %d" % n)
        return self

    def build(self):
        return SQL(" ".join(["SELECT * FROM " + self.table] + self.parts))


def select(table):
    return Query(table)


select("users").where("id = 1").limit(1).build().execute(Database())
