from typing import Generic, Optional, TypeVar

T = TypeVar("T")


class Row:
    def __init__(self, values: dict) -> None:
        self.values = values

    def get(self, key: str) -> object:
        return self.values[key]


class Result(Generic[T]):
    def __init__(self, items: list[T]) -> None:
        self.items = items

    def first(self) -> Optional[T]:
        return self.items[0] if self.items else None

    def scalars(self) -> "Result[object]":
        return Result([first_value(i) for i in self.items])


def first_value(row: Row) -> object:
    return next(iter(row.values.values()))


class Session:
    def execute(self, sql: str) -> Result[Row]:
        return Result([Row({"id": 1, "sql": sql})])


def get_session() -> Session:
    return Session()


row = get_session().execute("select").first()
print(row.get("id") if row else None)
print(get_session().execute("x").scalars().first())
