import collections.abc


class Feed:
    def __init__(self, items):
        self.items = list(items)

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)

    def close(self):
        self.items.clear()


class Hook:
    def __init__(self, name):
        self.name = name

    def __call__(self, item):
        return f"{self.name}:{item}"


def describe(obj):
    traits = []
    if isinstance(obj, collections.abc.Iterable):
        traits.append("iterable")
    if isinstance(obj, collections.abc.Sized):
        traits.append("sized")
    if callable(obj):
        traits.append("callable")
    if hasattr(obj, "close"):
        traits.append("closeable")
    return traits


def consume(feed, hook):
    out = [hook(item) for item in feed]
    closer = getattr(feed, "close", None)  # handed back to the caller, not called
    return out, closer


feed = Feed(["a", "b"])
hook = Hook("h")
print(describe(feed), describe(hook))
print(consume(feed, hook)[0])
