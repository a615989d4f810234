import sys


def audit(action, key):
    return f"{action}:{key}"


def handle_create(store, payload):
    store[payload["id"]] = payload
    return audit("create", payload["id"])


def handle_delete(store, payload):
    store.pop(payload["id"], None)
    return audit("delete", payload["id"])


def handle_unknown(store, payload):
    return audit("unknown", payload.get("id"))


def dispatch(store, message):
    module = sys.modules[__name__]
    handler = getattr(module, f"handle_{message['type']}", handle_unknown)
    return handler(store, message["payload"])


class Inbox:
    def __init__(self, messages):
        self.messages = messages

    def drain(self, store):
        results = []
        while self.messages:
            results.append(dispatch(store, self.messages.pop(0)))
        return results


store = {}
inbox = Inbox([
    {"type": "create", "payload": {"id": 1, "name": "a"}},
    {"type": "create", "payload": {"id": 2, "name": "b"}},
    {"type": "delete", "payload": {"id": 1}},
    {"type": "archive", "payload": {"id": 2}},
])
print(inbox.drain(store), store)
