"""A library that prefers its C accelerator and falls back to the pure module:
`try: from _speedups import dumps / except ImportError: from pure import dumps`."""

try:
    from _speedups import dumps
    ACCELERATED = True
except ImportError:
    from pure import dumps
    ACCELERATED = False


class Event:
    def __init__(self, kind, **data):
        self.kind = kind
        self.data = data

    def to_json(self):
        return dumps({"kind": self.kind, **self.data})


print(ACCELERATED, Event("login", user="ann", ok=True, tags=["a", 1]).to_json())
