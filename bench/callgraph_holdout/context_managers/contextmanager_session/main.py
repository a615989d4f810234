import contextlib


class Session:
    def __init__(self, name):
        self.name = name

    def query(self, sql):
        return sql

    def close(self):
        self.name = None


@contextlib.contextmanager
def session_scope(name):
    session = Session(name)
    try:
        yield session
    finally:
        session.close()


def load(name):
    with session_scope(name) as session:
        return session.query("select 1")


load("db")
