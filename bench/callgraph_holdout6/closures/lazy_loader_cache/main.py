import json


def read_config(path):
    return json.dumps({"path": path, "debug": True})


def parse(text):
    return json.loads(text)


def lazy(loader, *args):
    cache = []

    def get():
        if not cache:
            cache.append(loader(*args))
        return cache[0]

    def invalidate():
        cache.clear()

    get.invalidate = invalidate
    return get


def compose(*funcs):
    def run(value):
        for func in funcs:
            value = func(value)
        return value

    return run


raw = lazy(read_config, "app.json")
config = lazy(compose(parse, dict), raw())
print(config()["debug"], config() is config())
raw.invalidate()
print(len(raw()))
