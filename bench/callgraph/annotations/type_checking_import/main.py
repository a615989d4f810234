from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from models import User


def greet(user: User):
    return user.name()


def run():
    from models import User

    greet(User())


run()
