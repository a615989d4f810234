from __future__ import annotations

from typing import TYPE_CHECKING, Optional

if TYPE_CHECKING:
    from services.models import Order
    from services.repo import OrderRepo


class OrderService:
    def __init__(self, repo: OrderRepo) -> None:
        self.repo = repo
        self.last: Optional[Order] = None

    def place(self, item: str) -> Order:
        order = self.repo.create(item)
        self.last = order
        self.notify()
        return order

    def notify(self) -> None:
        if self.last is not None:
            self.last.confirm()
