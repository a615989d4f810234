from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .models import User


def notify_all(users: "list[User]") -> None:
    for user in users:
        deliver(user)


def deliver(user: User) -> str:
    return user.ping()
