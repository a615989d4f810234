from typing import Callable, Generic, TypeVar

T = TypeVar("T")


class Repository(Generic[T]):
    def __init__(self, factory: Callable[[], T]) -> None:
        self.factory = factory
        self.items: list[T] = []

    def create(self) -> T:
        item = self.factory()
        self.items.append(item)
        return item


class User:
    def save(self):
        return "saved"


users = Repository(User)
users.create().save()
