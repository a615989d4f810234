from .cart import Cart
from .payments import charge as pay_now

__all__ = ["Cart", "pay_now"]
