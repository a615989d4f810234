import itertools
from dataclasses import dataclass, field, fields

_ids = itertools.count(1)


def next_id(prefix):
    return f"{prefix}-{next(_ids)}"


def utcnow():
    return "2024-01-01T00:00:00"


@dataclass
class Entity:
    id: str = field(default_factory=lambda: next_id("ent"))
    created: str = field(default_factory=utcnow)

    def __post_init__(self):
        self.validate()

    def validate(self):
        if not self.id:
            raise ValueError("id")


@dataclass
class Order(Entity):
    items: list = field(default_factory=list)
    total: int = 0

    def __post_init__(self):
        super().__post_init__()
        self.total = sum(self.price(i) for i in self.items)

    def price(self, item):
        return len(item)

    def validate(self):
        super().validate()
        if self.total < 0:
            raise ValueError("total")


def describe(obj):
    return {f.name: getattr(obj, f.name) for f in fields(obj)}


order = Order(items=["ab", "cde"])
print(describe(order))
