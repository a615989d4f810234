class Session:
    def query(self):
        return []


def open_session():
    session = Session()
    return session


def work():
    s = open_session()
    s.query()


work()
