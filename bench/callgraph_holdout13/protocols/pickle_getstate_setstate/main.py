import pickle


class Connection:
    def __init__(self, dsn):
        self.dsn = dsn
        self.handle = None

    def open(self):
        self.handle = open_handle(self.dsn)
        return self

    def __getstate__(self):
        state = self.__dict__.copy()
        state["handle"] = None
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.open()


def open_handle(dsn):
    return f"handle:{dsn}"


class Job:
    def __init__(self, name, conn):
        self.name = name
        self.conn = conn

    def run(self):
        return f"{self.name} via {self.conn.handle}"


def ship(job):
    return pickle.dumps(job)


def receive(blob):
    return pickle.loads(blob)


def main():
    job = Job("nightly", Connection("db://main").open())
    copy = receive(ship(job))
    print(copy.run(), copy.conn is not job.conn)


main()
