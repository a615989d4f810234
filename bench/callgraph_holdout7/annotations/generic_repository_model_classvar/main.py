from typing import ClassVar, Generic, Iterator, TypeVar

T = TypeVar("T")


class User:
    def __init__(self, id: int, email: str) -> None:
        self.id = id
        self.email = email

    def domain(self) -> str:
        return self.email.split("@")[1]


class Product:
    def __init__(self, id: int, sku: str) -> None:
        self.id = id
        self.sku = sku


class Repository(Generic[T]):
    model: ClassVar[type]
    table: ClassVar[str]

    def __init__(self, rows: list[dict]) -> None:
        self.rows = rows

    def scan(self) -> Iterator[T]:
        return (self.model(**row) for row in self.rows)

    def first(self) -> T | None:
        return next(iter(self.scan()), None)


class UserRepo(Repository[User]):
    model = User
    table = "users"


class ProductRepo(Repository[Product]):
    model = Product
    table = "products"


users: Repository[User] = UserRepo([{"id": 1, "email": "ada@example.com"}, {"id": 2, "email": "bob@test.org"}])
first = users.first()
print(first.domain() if first else None, sorted(u.domain() for u in users.scan()))
