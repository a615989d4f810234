"""JSON-RPC 2.0 dispatch: params arrive as a list (positional) or an object (named)."""
import inspect
import json


class Registry:
    def __init__(self):
        self.methods = {}

    def method(self, name=None):
        def register(fn):
            self.methods[name or fn.__name__] = fn
            return fn
        return register

    def handle(self, raw):
        request = json.loads(raw)
        fn = self.methods[request["method"]]
        params = request.get("params", [])
        sig = inspect.signature(fn)
        bound = sig.bind(*params) if isinstance(params, list) else sig.bind(**params)
        bound.apply_defaults()
        result = fn(*bound.args, **bound.kwargs)
        return success(request["id"], result)


def success(req_id, result):
    return json.dumps({"jsonrpc": "2.0", "id": req_id, "result": result})


rpc = Registry()


def clamp(value, low, high):
    return max(low, min(value, high))


@rpc.method()
def add(a, b, *more):
    return a + b + sum(more)


@rpc.method("math.scale")
def scale(value, factor=2, *, limit=100):
    return clamp(value * factor, 0, limit)


@rpc.method()
def echo(*words, sep=" "):
    return sep.join(words)


print(rpc.handle('{"id": 1, "method": "add", "params": [1, 2, 3, 4]}'))
print(rpc.handle('{"id": 2, "method": "math.scale", "params": {"value": 80, "limit": 120}}'))
print(rpc.handle('{"id": 3, "method": "echo", "params": ["a", "b"]}'))
