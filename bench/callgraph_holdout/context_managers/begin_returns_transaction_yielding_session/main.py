class Session:
    def __init__(self, engine):
        self.engine = engine
        self.ops = []

    def add(self, obj):
        self.ops.append(obj)

    def commit(self):
        return self.engine.execute(self.ops)

    def rollback(self):
        self.ops.clear()


class Transaction:
    def __init__(self, engine):
        self.session = Session(engine)

    def __enter__(self):
        return self.session

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.session.commit()
        else:
            self.session.rollback()
        return False


class Engine:
    def execute(self, ops):
        return len(ops)

    def begin(self):
        return Transaction(self)


engine = Engine()
with engine.begin() as session:
    session.add("row")

try:
    with engine.begin() as session:
        session.add("bad")
        raise ValueError("boom")
except ValueError:
    pass
