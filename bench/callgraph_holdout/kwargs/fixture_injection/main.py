import inspect

FIXTURES = {}


def fixture(fn):
    FIXTURES[fn.__name__] = fn
    return fn


class Database:
    def query(self, sql):
        return sql


@fixture
def db():
    return Database()


@fixture
def user():
    return "alice"


def run_test(test):
    kwargs = {name: FIXTURES[name]() for name in inspect.signature(test).parameters}
    return test(**kwargs)


def test_login(db, user):
    return db.query(user)


run_test(test_login)
