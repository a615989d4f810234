class Batch:
    def __init__(self, items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)


def flush(batch):
    if batch:
        return "flushed"
    return "empty"


flush(Batch([1]))
flush(Batch([]))
