class ImportJob:
    def __init__(self, rows):
        self.rows = rows
        self.events = []

    def run(self):
        try:
            count = self.load()
            if count == 0:
                return self.skip("empty")
            return self.commit(count)
        except ValueError as exc:
            self.rollback(exc)
            return 0
        else:
            # only reached when the try body ends without return or exception
            self.notify("done")
        finally:
            self.close()

    def load(self):
        return sum(parse_row(row) for row in self.rows)

    def commit(self, count):
        self.events.append(f"commit {count}")
        return count

    def skip(self, reason):
        self.events.append(f"skip {reason}")
        return 0

    def rollback(self, exc):
        self.events.append(f"rollback {exc}")

    def notify(self, what):
        self.events.append(what)

    def close(self):
        self.events.append("close")


def parse_row(row):
    return int(row)


for rows in (["1", "2"], [], ["3", "x"]):
    job = ImportJob(rows)
    print(job.run(), job.events)
