"""Feature flags swap module-level implementations through globals() at import time,
before any call is made."""

FLAGS = {"fast_render": True, "new_pricing": False}


def render(items):
    return ", ".join(describe(i) for i in items)


def render_fast(items):
    return ",".join(map(str, items))


def describe(item):
    return f"<{item}>"


def price(amount):
    return round(amount * 1.2, 2)


def price_v2(amount):
    return round(amount * 1.15, 2)


OVERRIDES = {
    "fast_render": ("render", render_fast),
    "new_pricing": ("price", price_v2),
}

for flag, (name, impl) in OVERRIDES.items():
    if FLAGS[flag]:
        globals()[name] = impl


class Checkout:
    def __init__(self, items):
        self.items = items

    def total(self):
        return price(sum(self.items))

    def receipt(self):
        return f"{render(self.items)} = {self.total()}"


print(Checkout([10, 20]).receipt())
