class TypedList:
    def __init__(self, item_type=object):
        self.item_type = item_type
        self.items = []

    def __class_getitem__(cls, item_type):
        return specialize(cls, item_type)

    def append(self, value):
        if not isinstance(value, self.item_type):
            raise TypeError(type(value).__name__)
        self.items.append(value)


def specialize(cls, item_type):
    def make():
        return cls(item_type)

    make.__name__ = f"{cls.__name__}[{item_type.__name__}]"
    return make


class Plain:
    def __getitem__(self, key):
        return key * 2


ints = TypedList[int]()
ints.append(3)
try:
    ints.append("x")
except TypeError as error:
    print("rejected", error)
names: list[str] = ["a"]
print(ints.items, Plain()[4], names)
