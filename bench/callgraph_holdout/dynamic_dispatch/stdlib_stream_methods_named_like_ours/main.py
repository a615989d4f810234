import io


def cleanup(what):
    return what


class Connection:
    def __init__(self, dsn):
        self.dsn = dsn

    def close(self):
        return cleanup("conn")

    def flush(self):
        return "flushed"


class Cache:
    def close(self):
        return cleanup("cache")

    def flush(self):
        return "cache flushed"


class Resources:
    def __init__(self):
        self.conn = Connection("db://")
        self.log = io.StringIO()

    def shutdown(self):
        self.log.flush()  # StringIO.flush
        self.log.close()  # StringIO.close
        return self.conn.close()


Resources().shutdown()
