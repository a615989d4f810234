class Connection:
    def __init__(self):
        self.log = []

    def execute(self, sql, params):
        self.log.append((sql, params))
        return len(self.log)


def log_sql(sql):
    return sql.split()[0].upper()


def bind_query(conn):
    def run(sql, *params):
        log_sql(sql)
        return conn.execute(sql, params)
    return run


def compose(*steps):
    def composed(value):
        for step in steps:
            value = step(value)
        return value
    return composed


def strip(text):
    return text.strip()


def collapse(text):
    return " ".join(text.split())


def retrying(fn, attempts):
    def attempt(*args):
        for _ in range(attempts):
            result = fn(*args)
            if result:
                return result
        return None
    return attempt


def main():
    conn = Connection()
    query = bind_query(conn)
    normalize = compose(strip, collapse)
    insert = retrying(query, 2)
    print(insert(normalize("  insert into t   values (?) "), 1))
    print(query("select * from t"))


main()
