class TestCase:
    log = []

    @classmethod
    def setup_class(cls):
        cls.log.append(f"base:{cls.__name__}")

    @classmethod
    def teardown_class(cls):
        cls.log.append("teardown")


def connect_db():
    return []


class DBMixin(TestCase):
    @classmethod
    def setup_class(cls):
        super().setup_class()
        cls.db = connect_db()


class CacheMixin(TestCase):
    @classmethod
    def setup_class(cls):
        super().setup_class()
        cls.cache = {}

    @classmethod
    def teardown_class(cls):
        cls.cache.clear()
        super().teardown_class()


class TestOrders(DBMixin, CacheMixin):
    def test_insert(self):
        self.db.append(1)
        return len(self.db)


class TestUsers(CacheMixin):
    def test_cache(self):
        return self.cache


def run_class(cls):
    cls.setup_class()
    try:
        inst = cls()
        return [getattr(inst, name)() for name in dir(cls) if name.startswith("test_")]
    finally:
        cls.teardown_class()


print(run_class(TestOrders), TestCase.log)
