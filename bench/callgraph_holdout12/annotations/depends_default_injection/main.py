import inspect


class Depends:
    def __init__(self, dependency):
        self.dependency = dependency


class App:
    def __init__(self):
        self.routes = {}

    def get(self, path):
        def register(func):
            self.routes[path] = func
            return func
        return register

    def handle(self, path):
        return solve(self.routes[path])


def solve(func):
    kwargs = {}
    for name, param in inspect.signature(func).parameters.items():
        if isinstance(param.default, Depends):
            kwargs[name] = solve(param.default.dependency)
    return func(**kwargs)


class Settings:
    def __init__(self):
        self.dsn = "sqlite://"


class Database:
    def __init__(self, settings: Settings):
        self.settings = settings

    def query(self, sql: str) -> list:
        return [sql, self.settings.dsn]


def get_settings() -> Settings:
    return Settings()


def get_db(settings: Settings = Depends(get_settings)) -> Database:
    return Database(settings)


app = App()


@app.get("/users")
def list_users(db: Database = Depends(get_db), limit: int = 10) -> list:
    return db.query(f"select * from users limit {limit}")


@app.get("/health")
def health() -> dict:
    return {"ok": True}


if __name__ == "__main__":
    print(app.handle("/users"))
    print(app.handle("/health"))
