def typed(name, kind, default=None):
    attr = "_" + name

    def getter(self):
        return getattr(self, attr, default)

    def setter(self, value):
        setattr(self, attr, coerce(kind, value, name))

    return property(getter, setter, doc=f"{name}: {kind.__name__}")


def coerce(kind, value, name):
    try:
        return kind(value)
    except (TypeError, ValueError):
        raise TypeError(f"{name} must be {kind.__name__}") from None


def computed(fn):
    return property(lambda self: fn(self))


def line_total(price, qty):
    return round(price * qty, 2)


class Product:
    name = typed("name", str)
    price = typed("price", float, 0.0)
    qty = typed("qty", int, 1)
    total = computed(lambda self: line_total(self.price, self.qty))

    def __init__(self, name, price, qty=1):
        self.name = name
        self.price = price
        self.qty = qty


p = Product("pen", "1.25", "4")
print(p.name, p.price, p.qty, p.total)
try:
    p.qty = "many"
except TypeError as exc:
    print(exc)
