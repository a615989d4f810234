class Query:
    def __init__(self, table):
        self.table = table
        self.filters = []

    @classmethod
    def select(cls, table):
        return cls(table)

    def where(self, condition):
        self.filters.append(condition)
        return self

    def run(self):
        return self.table


class UserQuery(Query):
    def run(self):
        return "users"


UserQuery.select("users").where("a").run()
