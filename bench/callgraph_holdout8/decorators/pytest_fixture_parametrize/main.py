import inspect

FIXTURES = {}
TESTS = []

def fixture(fn):
    FIXTURES[fn.__name__] = fn
    return fn

class mark:
    @staticmethod
    def parametrize(argname, values):
        def decorator(fn):
            fn.params = (argname, list(values))
            return fn
        return decorator

def collect(fn):
    TESTS.append(fn)
    return fn

def connect():
    return object()

def double(n):
    return n * 2

@fixture
def tmp_dir():
    return "/tmp/x"

@fixture
def config(tmp_dir):
    return {"root": tmp_dir}

@fixture
def database():
    return connect()

@collect
@mark.parametrize("n", [1, 2])
def test_double(n, config):
    assert double(n) == n * 2

@collect
def test_root(config):
    assert config["root"].startswith("/")

def resolve(name, extra):
    if name in extra:
        return extra[name]
    fn = FIXTURES[name]
    args = [resolve(p, extra) for p in inspect.signature(fn).parameters]
    return fn(*args)

def run_tests():
    for test in TESTS:
        argname, values = getattr(test, "params", (None, [None]))
        for value in values:
            extra = {argname: value} if argname else {}
            kwargs = {p: resolve(p, extra) for p in inspect.signature(test).parameters}
            test(**kwargs)
    return len(TESTS)


print(run_tests())
