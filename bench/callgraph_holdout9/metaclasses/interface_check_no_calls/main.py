"""A driver framework: the metaclass checks at class creation that each concrete
driver defines the required methods (getattr + callable, no calls), and a driver is
also created dynamically with type(name, bases, namespace)."""


class InterfaceMeta(type):
    required = ("connect", "execute", "close")

    def __init__(cls, name, bases, namespace):
        super().__init__(name, bases, namespace)
        if not namespace.get("abstract"):
            missing = [m for m in cls.required if not callable(getattr(cls, m, None))]
            if missing:
                raise TypeError(f"{name} lacks {missing}")


class Driver(metaclass=InterfaceMeta):
    abstract = True

    def __init__(self, dsn):
        self.dsn = dsn


class SqliteDriver(Driver):
    def connect(self):
        return f"sqlite:{self.dsn}"

    def execute(self, sql):
        return [sql]

    def close(self):
        return None


def memory_connect(self):
    return "memory"


def memory_execute(self, sql):
    return [sql.lower()]


def memory_close(self):
    return None


MemoryDriver = InterfaceMeta("MemoryDriver", (Driver,), {
    "connect": memory_connect, "execute": memory_execute, "close": memory_close})


def run(driver_cls, dsn, sql):
    driver = driver_cls(dsn)
    driver.connect()
    return driver.execute(sql)


print(run(MemoryDriver, ":memory:", "SELECT 1"))
