"""A checkout script using names re-exported through package __init__ files, plus a lazy import."""
import shop
import shop.pricing.tax as tax
from shop import Cart

cart = Cart().add("book", 2, 10.0).add("pen", 1, 2.5)
total = cart.total()
print(shop.pay_now(total, "4111111111111111"), tax.with_vat(1.0))
