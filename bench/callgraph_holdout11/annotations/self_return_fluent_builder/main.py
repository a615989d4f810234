from __future__ import annotations

from typing import Self


class Query:
    def __init__(self, table: str) -> None:
        self.table = table
        self.clauses: list[str] = []
        self.limit_to: int | None = None

    def where(self, clause: str) -> Self:
        self.clauses.append(self._quote(clause))
        return self

    def limit(self, n: int) -> Self:
        self.limit_to = n
        return self

    def _quote(self, clause: str) -> str:
        return f"({clause})"

    def sql(self) -> str:
        text = f"SELECT * FROM {self.table}"
        if self.clauses:
            text += " WHERE " + " AND ".join(self.clauses)
        if self.limit_to is not None:
            text += f" LIMIT {self.limit_to}"
        return text


class UserQuery(Query):
    def __init__(self) -> None:
        super().__init__("users")

    def active(self) -> Self:
        return self.where("active = 1")

    def named(self, name: str) -> Self:
        return self.where(f"name = '{name}'")


def build() -> str:
    query: UserQuery = UserQuery().active().named("ada").limit(5)
    return query.sql()


def build_plain() -> str:
    return Query("orders").where("total > 10").sql()


print(build())
print(build_plain())
