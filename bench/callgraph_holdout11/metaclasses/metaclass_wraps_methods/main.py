import functools


def instrument(fn, stats):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        stats[fn.__name__] = stats.get(fn.__name__, 0) + 1
        return fn(*args, **kwargs)
    return wrapper


class Instrumented(type):
    """Wraps every public method of the classes it builds to count calls."""

    def __new__(mcls, name, bases, namespace):
        stats = {}
        for attr, value in list(namespace.items()):
            if callable(value) and not attr.startswith("_"):
                namespace[attr] = instrument(value, stats)
        cls = super().__new__(mcls, name, bases, namespace)
        cls.stats = stats
        return cls


class Service(metaclass=Instrumented):
    def __init__(self, items):
        self.items = items

    def total(self):
        return sum(self.price(i) for i in self.items)

    def price(self, item):
        return round(item * 1.2, 2)


class Discounted(Service):
    def price(self, item):
        return super().price(item) * 0.5


svc = Service([10, 20])
print(svc.total(), Discounted([10]).total(), Service.stats, Discounted.stats)
