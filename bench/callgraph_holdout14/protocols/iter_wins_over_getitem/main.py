"""With both `__iter__` and `__getitem__`, iteration, `in` and unpacking use `__iter__`."""


def priority(item):
    return (-item["urgent"], item["name"])


def legacy_lookup(items, index):
    return items[index]


class Batch:
    def __init__(self, items):
        self.items = list(items)

    def __iter__(self):
        return iter(sorted(self.items, key=priority))

    def __getitem__(self, index):
        return legacy_lookup(self.items, index)

    def __len__(self):
        return len(self.items)


def process(batch):
    names = [item["name"] for item in batch]
    first, *rest = batch
    return names, first["name"], len(rest), {"name": "b", "urgent": 1} in batch


batch = Batch([{"name": "a", "urgent": 0}, {"name": "b", "urgent": 1}, {"name": "c", "urgent": 0}])
print(process(batch), batch[0]["name"], list(batch) == sorted(batch, key=priority))
