class TestCase:
    def __init__(self, method_name):
        self.method_name = method_name

    def setUp(self):
        pass

    def tearDown(self):
        pass

    def run(self, result):
        self.setUp()
        try:
            getattr(self, self.method_name)()
            result.add_success(self)
        except AssertionError as error:
            result.add_failure(self, error)
        finally:
            self.tearDown()


class Result:
    def __init__(self):
        self.successes, self.failures = [], []

    def add_success(self, test):
        self.successes.append(test.method_name)

    def add_failure(self, test, error):
        self.failures.append((test.method_name, str(error)))


class Loader:
    prefix = "test"

    def get_names(self, case_class):
        return sorted(n for n in dir(case_class) if n.startswith(self.prefix) and callable(getattr(case_class, n)))

    def load(self, case_class):
        return [case_class(name) for name in self.get_names(case_class)]


class MathTests(TestCase):
    def setUp(self):
        self.values = [3, 1, 2]

    def test_sorted(self):
        assert sorted(self.values) == [1, 2, 3]

    def test_broken(self):
        assert max(self.values) == 2, "max is 3"

    def helper(self):
        raise RuntimeError("not a test")


result = Result()
for test in Loader().load(MathTests):
    test.run(result)
print(result.successes, result.failures)
