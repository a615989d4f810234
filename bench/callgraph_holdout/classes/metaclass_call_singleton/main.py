class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Database(metaclass=Singleton):
    def __init__(self, url):
        self.url = url
        connect(url)

    def execute(self, sql):
        return (self.url, sql)


def connect(url):
    return url


Database("db://").execute("select 1")
Database("ignored").execute("select 2")
