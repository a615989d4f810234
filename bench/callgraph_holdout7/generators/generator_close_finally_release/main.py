class Pool:
    def __init__(self):
        self.leased = 0

    def acquire(self):
        self.leased += 1
        return self

    def release(self):
        self.leased -= 1

    def execute(self, sql, page):
        return [f"{sql}#{page}:{i}" for i in range(2)]


def stream_rows(pool, sql):
    conn = pool.acquire()
    try:
        page = 0
        while True:
            yield from conn.execute(sql, page)
            page += 1
    finally:
        conn.release()


def first_n(pool, sql, n):
    rows = stream_rows(pool, sql)
    taken = []
    for row in rows:
        taken.append(row)
        if len(taken) == n:
            break
    rows.close()
    return taken


pool = Pool()
print(first_n(pool, "select", 3), pool.leased)
