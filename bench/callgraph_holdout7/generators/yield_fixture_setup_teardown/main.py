class FixtureManager:
    def __init__(self):
        self.fixtures = {}
        self.active = []

    def fixture(self, func):
        self.fixtures[func.__name__] = func
        return func

    def setup(self, name):
        gen = self.fixtures[name]()
        value = next(gen)
        self.active.append(gen)
        return value

    def teardown(self):
        while self.active:
            gen = self.active.pop()
            next(gen, None)


fm = FixtureManager()


class Database:
    def __init__(self):
        self.tables = []

    def create(self, table):
        self.tables.append(table)

    def drop_all(self):
        self.tables.clear()


@fm.fixture
def db():
    database = Database()
    database.create("users")
    yield database
    database.drop_all()


@fm.fixture
def client():
    yield make_client("test")


def make_client(name):
    return {"name": name}


def test_users(database, api):
    return database.tables == ["users"] and api["name"] == "test"


def run_test(test, *names):
    values = [fm.setup(n) for n in names]
    try:
        return test(*values)
    finally:
        fm.teardown()


print(run_test(test_users, "db", "client"))
