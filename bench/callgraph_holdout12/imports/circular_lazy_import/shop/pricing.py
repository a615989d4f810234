from shop.models import Product

CODES = {"HALF": 0.5, "TENTH": 0.9}


def apply_code(product, code):
    return round(product.price * rate(code), 2)


def rate(code):
    return CODES.get(code, 1.0)


def bundle(*products):
    return Product("+".join(p.sku for p in products), sum(p.price for p in products))
