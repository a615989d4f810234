class InMemoryRepo:
    def __init__(self):
        self.rows = {}

    def add(self, key, row):
        self.rows[key] = row

    def get(self, key):
        return self.rows.get(key)  # dict.get, not InMemoryRepo.get


class User:
    def __init__(self, name):
        self.name = name

    def greet(self):
        return "hi " + self.name


class UserService:
    def __init__(self, repo: InMemoryRepo):
        self.repo = repo

    def register(self, name):
        user = User(name)
        self.repo.add(name, user)
        return user

    def find(self, name) -> User:
        return self.repo.get(name)


class Container:
    def __init__(self):
        self.services = {"users": UserService(InMemoryRepo())}

    def resolve(self, key) -> UserService:
        return self.services[key]


c = Container()
svc = c.resolve("users")
svc.register("ann")
svc.find("ann").greet()
