from services.models import Order


class OrderRepo:
    def __init__(self):
        self.rows: list[Order] = []

    def create(self, item: str) -> Order:
        order = Order(item)
        self.rows.append(order)
        return order
