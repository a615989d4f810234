from services.orders import OrderService
from services.repo import OrderRepo

svc = OrderService(OrderRepo())
svc.place("book")
