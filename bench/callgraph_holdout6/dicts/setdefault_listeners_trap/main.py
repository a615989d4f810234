class Registry:
    def __init__(self):
        self.entries = {}

    def setdefault(self, key, value):
        raise NotImplementedError

    def append(self, item):
        raise NotImplementedError

    def items(self):
        raise NotImplementedError


class Dispatcher:
    def __init__(self):
        self.listeners = {}
        self.registry = Registry()

    def connect(self, event, fn):
        self.listeners.setdefault(event, []).append(fn)

    def fire(self, event, payload):
        return [fn(payload) for fn in self.listeners.get(event, [])]

    def summary(self):
        return {event: len(fns) for event, fns in self.listeners.items()}


def on_save(payload):
    return f"saved {payload}"


def on_save_index(payload):
    return f"indexed {payload}"


def on_delete(payload):
    return f"deleted {payload}"


events = Dispatcher()
events.connect("save", on_save)
events.connect("save", on_save_index)
events.connect("delete", on_delete)
print(events.fire("save", 1), events.fire("delete", 2), events.summary())
